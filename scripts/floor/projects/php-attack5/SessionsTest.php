<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Sessions.php';

class SessionsTest extends TestCase {
    public function testClientIsARedis(): void {
        $this->assertInstanceOf(\Redis::class, \App\Sessions::client());
    }
}
