<?php
declare(strict_types=1);

namespace App\Tests\Integration;

use App\PriceCache;
use PHPUnit\Framework\TestCase;

final class CacheTest extends TestCase
{
    public function testReadsBackWhatItStored(): void
    {
        $cache = new PriceCache();
        $cache->put('apple', 120);
        $this->assertSame(120, $cache->get('apple'));
    }
}
