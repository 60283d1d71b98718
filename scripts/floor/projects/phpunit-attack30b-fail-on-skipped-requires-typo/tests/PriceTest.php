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

    /**
     * The bug: 8.2 was meant; version_compare() reads 8.20 as newer than 8.2.7, so the test is skipped.
     *
     * @requires PHP >= 8.20
     */
    public function testRejectsACommaPrice(): void
    {
        $this->expectException(InvalidPrice::class);
        Price::parse('12,50');
    }
}
