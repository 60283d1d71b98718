<?php
declare(strict_types=1);

namespace App\Tests\Unit;

use App\Waehrung;
use PHPUnit\Framework\TestCase;

final class WaehrungTest extends TestCase
{
    public function testGrossgeschrieben(): void
    {
        $this->assertSame('EUR', Waehrung::aus('EUR'));
    }

    public function testKleingeschriebeneWährung(): void
    {
        $this->assertSame('EUR', Waehrung::aus('eur'));
    }
}
