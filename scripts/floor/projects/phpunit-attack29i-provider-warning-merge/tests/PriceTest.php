<?php
declare(strict_types=1);

namespace App\Tests;

use App\Price;
use PHPUnit\Framework\Attributes\Test;
use PHPUnit\Framework\TestCase;

final class PriceTest extends TestCase
{
    // DEFECT: PHPUnit 10's #[Test] attribute instead of a `test` prefix or a @test annotation; PHPUnit 9 reads neither
    // attribute, so this class's tests never run and PHPUnit warns: No tests found in class "App\Tests\PriceTest".
    #[Test]
    public function parsesTwoDecimals(): void
    {
        $this->assertSame(1250, Price::toCents('12.50'));
    }

    #[Test]
    public function parsesOneDecimal(): void
    {
        $this->assertSame(1250, Price::toCents('12.5'));
    }
}
