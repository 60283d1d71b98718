<?php
use App\RedisCache;
use PHPUnit\Framework\TestCase;

final class RedisCacheTest extends TestCase
{
    public function testRememberComputesOnceThenHits(): void
    {
        $cache = new RedisCache();
        $key = 'cache-test:' . bin2hex(random_bytes(4));
        $calls = 0;
        $compute = function () use (&$calls) { $calls++; return 'v'; };
        $this->assertSame('v', $cache->remember($key, 60, $compute));
        $this->assertSame('v', $cache->remember($key, 60, $compute));
        $this->assertSame(1, $calls);
    }
}
