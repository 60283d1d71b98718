<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Sessions.php';

class SessionsTest extends TestCase {
    public function testBuildsTheStore(): void { $this->assertIsObject(Sessions::store()); }
    public function testCountsSessions(): void { $this->assertSame(0, Sessions::count()); }
}
