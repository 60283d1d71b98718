<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Receipt.php';

class ReceiptTest extends TestCase {
    public function testRender(): void {
        $this->assertSame("A1           2.50", \App\Receipt::render([['A1', 250]]));
    }
    public function testLastReceipt(): void {
        $this->assertSame('', \App\Receipt::lastFor('tcp://127.0.0.1:6379', 'c1'));
    }
}
