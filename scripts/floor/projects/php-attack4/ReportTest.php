<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Report.php';
require_once __DIR__ . '/src/Cache.php';

class ReportTest extends TestCase {
    public function testQuotesTheTable(): void { $this->assertSame('SELECT * FROM "reports"."daily"', Report::sql('daily')); }
    public function testCountsHits(): void { $this->assertSame(0, Cache::hits()); }
}
