<?php
declare(strict_types=1);

namespace App\Tests;

use App\Preis;
use PHPUnit\Framework\TestCase;

final class PreisTest extends TestCase
{
    public function testZweiNachkommastellen(): void
    {
        $this->assertSame(1250, Preis::inCent('12.50'));
    }

    public function testEineNachkommastelleWirdAufgefüllt(): void
    {
        $this->assertSame(1250, Preis::inCent('12.5'));
    }
}
