<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Quotes.php';

class QuotesTest extends TestCase {
    // The outage path: the test points the cache at 127.0.0.1:6379, where nothing listens in CI.
    public function testUnreachableCacheThrowsQuoteCacheException(): void {
        $this->expectException(\App\QuoteCacheException::class);
        (new \App\Quotes('tcp://127.0.0.1:6379'))->get('A1');
    }
}
