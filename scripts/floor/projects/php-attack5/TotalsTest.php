<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Totals.php';

class TotalsTest extends TestCase {
    public function testCachedTotal(): void {
        $this->assertSame(0, \App\Totals::cached('tcp://127.0.0.1:6379', 'c1'));
    }
    public function testShape(): void {
        $o = new \stdClass();
        $o->total = 1;
        // assertObjectHasAttribute is deprecated in PHPUnit 9.6 (a warning, not a failure).
        $this->assertObjectHasAttribute('total', $o);
    }
    public function testSum(): void {
        $this->assertSame(750, \App\Totals::sum([250, 250, 250]));
    }
}
