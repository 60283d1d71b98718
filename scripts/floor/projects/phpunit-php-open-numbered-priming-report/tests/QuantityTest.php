<?php
declare(strict_types=1);
namespace App\Tests;
use App\Quantity;
use PHPUnit\Framework\TestCase;
final class QuantityTest extends TestCase
{
    public function testDigits(): void { $this->assertSame(12, Quantity::parse('12')); }
    public function test数量の空白(): void { $this->assertSame(12, Quantity::parse(' 12')); }
}
