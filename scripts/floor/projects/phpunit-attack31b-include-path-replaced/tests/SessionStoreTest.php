<?php
use PHPUnit\Framework\TestCase;

final class SessionStoreTest extends TestCase
{
    public function testWriteThenRead(): void
    {
        $store = new SessionStore();
        $store->write('abc', 'payload');
        $this->assertSame('payload', $store->read('abc'));
    }
}
