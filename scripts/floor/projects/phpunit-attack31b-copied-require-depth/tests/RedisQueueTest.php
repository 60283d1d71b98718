<?php
use App\Queue\RedisQueue;
use PHPUnit\Framework\TestCase;

final class RedisQueueTest extends TestCase
{
    public function testPushThenPopIsFifo(): void
    {
        $queue = new RedisQueue('test-' . bin2hex(random_bytes(4)));
        $queue->push('a');
        $queue->push('b');
        $this->assertSame('a', $queue->pop());
        $this->assertSame('b', $queue->pop());
        $this->assertNull($queue->pop());
    }
}
