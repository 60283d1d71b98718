--TEST--
Queue: a job pushed while Redis answers goes to its list
--FILE--
<?php
require __DIR__ . '/../src/Queue.php';
$redis = new Redis();
$redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', 6379);
$redis->del('queue:mail');
$queue = new Shop\Queue(__DIR__ . '/spool-001', getenv('REDIS_HOST') ?: '127.0.0.1', 6379);
var_dump($queue->push('mail', ['to' => 'ann@example.com']));
var_dump($redis->lRange('queue:mail', 0, -1));
?>
--EXPECT--
bool(true)
array(1) {
  [0]=>
  string(24) "{"to":"ann@example.com"}"
}
