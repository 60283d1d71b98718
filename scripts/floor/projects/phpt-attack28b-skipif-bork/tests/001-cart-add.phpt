--TEST--
Cart: adding a SKU twice sums its quantity
--FILE--
<?php
require __DIR__ . '/../src/Cart.php';
$cart = new Shop\Cart();
$cart->clear('t1');
var_dump($cart->add('t1', 'apple', 2));
var_dump($cart->add('t1', 'apple', 3));
?>
--EXPECT--
int(2)
int(5)
