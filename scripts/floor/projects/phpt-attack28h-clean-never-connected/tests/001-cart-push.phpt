--TEST--
Cart: an item added while Redis answers goes to the cart's hash
--FILE--
<?php
require __DIR__ . '/../src/Cache.php';
$redis = new Redis();
$redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', 6379, 0.5);
$redis->del('cart:00000001');
$redis->hSet('cart:00000001', 'sku-42', 2);
var_dump($redis->hGetAll('cart:00000001'));
?>
--EXPECT--
array(1) {
  ["sku-42"]=>
  string(1) "2"
}
