<?php
namespace App\Tests;

use PHPUnit\Framework\TestCase;

final class ConnectionTest extends TestCase
{
    public function testPingsRedis(): void
    {
        $redis = new \Redis();
        $redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', (int) (getenv('REDIS_PORT') ?: 6379));
        $this->assertTrue($redis->ping());
    }
}
