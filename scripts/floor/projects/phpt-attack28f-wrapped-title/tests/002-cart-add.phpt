--TEST--
Cart: adding a SKU twice sums its quantity
--SKIPIF--
<?php
if (!extension_loaded('redis')) die('skip phpredis is not loaded');
if (getenv('REDIS_HOST') === false) echo 'warn REDIS_HOST is not set, the test uses 127.0.0.1:6379';
?>
--FILE--
<?php
require __DIR__ . '/../src/Cart.php';
$cart = new Shop\Cart(getenv('REDIS_HOST') ?: '127.0.0.1');
$cart->clear('t1');
var_dump($cart->add('t1', 'apple', 2));
var_dump($cart->add('t1', 'apple', 3));
?>
--EXPECT--
int(2)
int(5)
