<?php
namespace App\Tests;

use App\RateLimiter;
use PHPUnit\Framework\TestCase;

final class RateLimiterTest extends TestCase
{
    private function redis(): \Redis
    {
        $redis = new \Redis();
        $redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', (int) (getenv('REDIS_PORT') ?: 6379));
        return $redis;
    }

    /** @testdox Rejects a limit below one */
    public function testRejectsZeroLimit(): void
    {
        $redis = $this->redis();
        try {
            new RateLimiter($redis, 0);
        } catch (\InvalidArgumentException $e) {
            $this->addToAssertionCount(1);
            return;
        }
        $this->fail();
    }

    /** @testdox Rejects a limit below one */
    public function testRejectsNegativeLimit(): void
    {
        try {
            new RateLimiter(new \Redis(), -1);
        } catch (\InvalidArgumentException $e) {
            $this->addToAssertionCount(1);
            return;
        }
        $this->fail();
    }
}
