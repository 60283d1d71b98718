<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Store.php';

class StoreTest extends TestCase {
    public function testOpensTheUserStore(): void { $this->assertInstanceOf(\PDO::class, Store::open()); }
    public function testPings(): void { $this->assertSame(1, Store::ping()); }
}
