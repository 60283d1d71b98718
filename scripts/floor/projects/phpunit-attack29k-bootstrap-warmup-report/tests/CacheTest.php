<?php
namespace App\Tests;

use App\Lager;
use PHPUnit\Framework\TestCase;

final class CacheTest extends TestCase
{
    public function testReadsBackTheWarmedStock(): void
    {
        self::assertSame('340', Lager::gelesen('zugänge'));
    }
}
