--TEST--
Quota: an amount within the plan is counted in the cache
--FILE--
<?php
require __DIR__ . '/../Quota.php';
var_dump((new App\Quota('tcp://127.0.0.1:6379', 100))->consume('c1', 10) >= 10);
?>
--EXPECT--
bool(true)
