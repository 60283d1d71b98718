<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Postgres/UserStore.php';

class UserStoreTest extends TestCase {
    public function testOpensTheUserStore(): void { $this->assertInstanceOf(\PDO::class, \App\Postgres\UserStore::open()); }
    public function testCacheAnswers(): void { $r = new \Redis(); $this->assertTrue($r->connect('127.0.0.1', 6379, 1.0)); }
}
