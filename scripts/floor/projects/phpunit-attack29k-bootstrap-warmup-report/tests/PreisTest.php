<?php
namespace App\Tests;

use App\Preis;
use PHPUnit\Framework\TestCase;

final class PreisTest extends TestCase
{
    public function katalog(): iterable
    {
        foreach (['3' => 300, '12.5' => 1250, '0.99' => 99] as $preis => $cent) {
            yield (string) $preis => [Preis::inCent((string) $preis), $cent];
        }
    }

    /** @dataProvider katalog */
    public function testInCent(int $ist, int $soll): void
    {
        self::assertSame($soll, $ist);
    }
}
