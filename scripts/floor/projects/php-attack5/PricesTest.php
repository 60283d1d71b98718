<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Prices.php';

class PricesTest extends TestCase {
    public static function baskets(): array { return \App\Prices::fixtures(); }

    /** @dataProvider baskets */
    public function testTotal(array $basket, int $expected): void {
        $this->assertSame($expected, \App\Prices::total($basket));
    }

    public function testCachedPrice(): void {
        $this->assertSame(250, \App\Prices::cached('tcp://127.0.0.1:6379', 'A1'));
    }
}
