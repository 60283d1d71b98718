--TEST--
Quota: the plan's limit is read from the plan
--FILE--
<?php
require __DIR__ . '/../Quota.php';
var_dump((new App\Quota('tcp://127.0.0.1:6379', 100)) instanceof App\Quota);
?>
--EXPCET--
bool(true)
