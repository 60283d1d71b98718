--TEST--
Quota: an amount over the plan is rejected before the cache is asked
--FILE--
<?php
require __DIR__ . '/../Quota.php';
// 127.0.0.1:6379 on purpose: the over-plan check must not need the cache.
try {
    (new App\Quota('tcp://127.0.0.1:6379', 100))->consume('c1', 1000);
} catch (App\QuotaExceededException $e) {
    echo "rejected\n";
}
?>
--EXPECT--
rejected
