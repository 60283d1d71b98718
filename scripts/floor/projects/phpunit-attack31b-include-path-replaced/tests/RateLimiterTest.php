<?php
use PHPUnit\Framework\TestCase;

final class RateLimiterTest extends TestCase
{
    public function testBlocksAfterTheLimit(): void
    {
        $limiter = new RateLimiter(2, 60);
        $who = bin2hex(random_bytes(4));
        $this->assertTrue($limiter->hit($who));
        $this->assertTrue($limiter->hit($who));
        $this->assertFalse($limiter->hit($who));
    }
}
