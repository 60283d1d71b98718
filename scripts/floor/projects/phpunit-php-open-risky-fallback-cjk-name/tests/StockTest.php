<?php
declare(strict_types=1);
namespace App\Tests;
use App\Stock;
use PHPUnit\Framework\TestCase;
final class StockTest extends TestCase
{
    // A quantity as typed into the form: a leading space must be accepted (Stock::units trims nothing: the defect).
    public function test在庫数(): void { $this->assertSame(12, Stock::units(' 12')); }
    public function testZero(): void { $this->assertSame(0, Stock::units('0')); }
    public function testLevelFromCatalogue(): void { $this->assertSame(7, (new Stock(['pen' => 7]))->level('pen')); }
}
