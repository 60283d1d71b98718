<?php
use PHPUnit\Framework\TestCase;
require_once __DIR__ . '/src/Retry.php';

class RetryTest extends TestCase {
    // Nothing listens on 127.0.0.1:6379 here: every attempt is refused, which is what this test checks.
    public function testReportNamesAttempts(): void {
        $this->assertSame(
            'gave up after 3 attempts: Connection refused [tcp://127.0.0.1:6379]',
            \App\Retry::run(fn () => (new \Predis\Client('tcp://127.0.0.1:6379'))->ping(), 3)
        );
    }
}
