--TEST--
Cache: an empty cart holds no items
--FILE--
<?php
require __DIR__ . '/../src/Cache.php';
$redis = Shop\Cache::client();
var_dump($redis->hLen(Shop\Cache::cartKey(7)));
?>
--EXPECT--
int(0)
