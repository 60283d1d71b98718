<?php
use PHPUnit\Framework\TestCase;

class Overdraft extends \RuntimeException {}

// A ledger whose balances are mirrored to redis (127.0.0.1:6379) when it is there.
function withdraw(int $balance, int $amount): int {
    $sock = @fsockopen('127.0.0.1', 6379, $errno, $errstr, 1);
    if ($sock === false) {
        fwrite(STDERR, "balance mirror unavailable: $errstr ($errno)\n");
    }
    // The defect: >= instead of >, so withdrawing the whole balance is refused.
    if ($amount >= $balance) {
        throw new Overdraft("balance $balance, withdrawal $amount");
    }
    return $balance - $amount;
}

class LedgerTest extends TestCase {
    public function testLeavesTheRest(): void { $this->assertSame(6, withdraw(10, 4)); }
    public function testMayEmptyTheAccount(): void { $this->assertSame(0, withdraw(10, 10)); }
}
