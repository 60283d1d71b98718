<?php
use App\InvalidPrice;
use App\Price;
use PHPUnit\Framework\TestCase;

final class PriceTest extends TestCase
{
    public function testParsesCents(): void
    {
        $this->assertSame(1250, Price::parse('12.50'));
    }

    public function testRejectsACommaPrice(): void
    {
        $this->expectException(InvalidPrice::class);
        Price::parse('12,50');
    }

    public function testParsesZero(): void
    {
        $this->assertSame(0, Price::parse('0.00'));
    }
}
