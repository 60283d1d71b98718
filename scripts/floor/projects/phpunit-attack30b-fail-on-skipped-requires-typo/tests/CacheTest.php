<?php
use App\PriceCache;
use PHPUnit\Framework\TestCase;

final class CacheTest extends TestCase
{
    public function testAnUnknownSkuMisses(): void
    {
        $this->assertNull((new PriceCache())->get('no-such-sku'));
    }
}
