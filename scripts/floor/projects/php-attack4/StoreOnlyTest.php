<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Store.php';

class StoreOnlyTest extends TestCase {
    public function testOpensTheUserStore(): void { $this->assertInstanceOf(\PDO::class, Store::open()); }
}
