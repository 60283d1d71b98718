<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Stock.php';

class StockTest extends TestCase {
    public function testRejectsAnEmptySku(): void {
        $this->expectException(\InvalidArgumentException::class);
        (new \App\Stock('tcp://127.0.0.1:6379'))->level('');
    }
}
