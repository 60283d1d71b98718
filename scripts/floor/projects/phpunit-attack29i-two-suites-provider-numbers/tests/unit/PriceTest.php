<?php
declare(strict_types=1);

namespace App\Tests;

use App\Price;
use PHPUnit\Framework\TestCase;

final class PriceTest extends TestCase
{
    private const CATALOGUE = "apple 1.20\npear 0.5\nmelon 3";

    /** Each catalogue line, its price parsed. */
    public function catalogue(): array
    {
        $items = [];
        foreach (explode("\n", self::CATALOGUE) as $line) {
            [$sku, $price] = explode(' ', $line);
            $items[$sku] = [$sku, Price::toCents($price)];
        }
        return $items;
    }

    /** @dataProvider catalogue */
    public function testPricesArePositive(string $sku, int $cents): void
    {
        $this->assertGreaterThan(0, $cents, $sku);
    }

    public function testParsesWhole(): void
    {
        $this->assertSame(300, Price::toCents('3'));
    }
}
