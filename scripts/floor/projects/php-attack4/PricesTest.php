<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Prices.php';

class PricesTest extends TestCase {
    // The outage path: nothing listens on 127.0.0.1:6379 in this test's setup by design.
    public function testUnreachableCacheThrowsCacheException(): void {
        $this->expectException(\App\CacheException::class);
        (new \App\Prices('127.0.0.1', 6379))->get('A1');
    }
}
