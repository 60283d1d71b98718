<?php
namespace App\Tests;
use App\Lock;
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/../src/Lock.php';
final class LockTest extends TestCase {
    public function locks(): array {
        $redis = new \Redis();
        $redis->connect('127.0.0.1', 6379, 0.5);
        return ['redis' => [new Lock($redis)]];
    }
    /** @dataProvider locks */
    public function testAcquire(Lock $lock): void { $this->assertTrue($lock->acquire('a')); }
    /** @dataProvider locks */
    public function testAcquireTwiceFails(Lock $lock): void { $lock->acquire('b'); $this->assertFalse($lock->acquire('b')); }
}
