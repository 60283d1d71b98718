<?php
declare(strict_types=1);

require_once __DIR__ . '/src/CacheFactory.php';
require_once __DIR__ . '/src/RateLimiter.php';

use Acme\Cache\CacheFactory;
use Acme\Cache\RateLimiter;
use PHPUnit\Framework\TestCase;

final class RateLimiterTest extends TestCase
{
    public function testAllowsUpToTheLimit(): void
    {
        $limiter = new RateLimiter(CacheFactory::fromEnv(), 3);
        $client = 'c' . random_int(1, PHP_INT_MAX);
        $this->assertTrue($limiter->allow($client));
        $this->assertTrue($limiter->allow($client));
        $this->assertTrue($limiter->allow($client));
        $this->assertFalse($limiter->allow($client));
    }
}
