<?php
declare(strict_types=1);

namespace App\Tests;

use App\PriceLookup;
use PHPUnit\Framework\TestCase;

final class PriceLookupTest extends TestCase
{
    public function testFindsCataloguePrice(): void
    {
        $this->assertSame(120, (new PriceLookup(['apple' => 120]))->cents('apple'));
    }
}
