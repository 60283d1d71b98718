<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Quota.php';

class QuotaTest extends TestCase {
    public function testAnAmountOverThePlanIsRejected(): void {
        $this->expectException(\App\QuotaExceededException::class);
        (new \App\Quota('tcp://127.0.0.1:6379', 100))->consume('c1', 1000);
    }
}
