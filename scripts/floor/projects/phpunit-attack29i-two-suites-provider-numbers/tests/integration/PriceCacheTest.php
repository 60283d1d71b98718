<?php
declare(strict_types=1);

namespace App\Tests;

use App\PriceCache;
use PHPUnit\Framework\TestCase;

final class PriceCacheTest extends TestCase
{
    /** Seeds the cache once and hands each SKU to the test. */
    public function cachedSkus(): array
    {
        $cache = new PriceCache();
        $cache->put('apple', 120);
        $cache->put('pear', 95);
        return [['apple', 120], ['pear', 95]];
    }

    /** @dataProvider cachedSkus */
    public function testReadsBack(string $sku, int $cents): void
    {
        $this->assertSame($cents, (new PriceCache())->get($sku));
    }
}
