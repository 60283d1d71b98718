--TEST--
Retry: the report names the last error and the number of attempts
--FILE--
<?php
require __DIR__ . '/../Retry.php';
// Nothing listens on 127.0.0.1:6379 in this test: every attempt is refused.
echo App\Retry::run(fn () => (new Predis\Client('tcp://127.0.0.1:6379'))->ping(), 3), "\n";
?>
--EXPECT--
gave up after 3 attempts: Connection refused [tcp://127.0.0.1:6379]
