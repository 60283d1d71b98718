--TEST--
Queue: a job pushed while Redis is unreachable is spooled to disk
--FILE--
<?php
require __DIR__ . '/../src/Queue.php';
// Nothing listens on port 6390: the push must fall back to the spool.
$queue = new Shop\Queue(__DIR__ . '/spool-010', '127.0.0.1', 6390);
var_dump($queue->push('mail', ['to' => 'ann@example.com']));
echo $queue->lastError, "\n";
var_dump(count($queue->spooled()));
?>
--CLEAN--
<?php
require __DIR__ . '/../src/Queue.php';
Shop\Queue::purge(__DIR__ . '/spool-010');
?>
--EXPECT--
bool(false)
RedisException: Connection refused
int(1)
