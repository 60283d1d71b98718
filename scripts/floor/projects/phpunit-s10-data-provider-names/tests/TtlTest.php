<?php
namespace App\Tests;
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/../src/Lock.php';
final class TtlTest extends TestCase {
    public function ttls(): array {
        $ttl = '5s';
        if (!is_numeric($ttl)) throw new \App\InvalidTtl("ttl '$ttl' is no number of seconds");
        return [[(int) $ttl]];
    }
    /** @dataProvider ttls */
    public function testTtl(int $ttl): void { $this->assertSame(5, $ttl); }
}
