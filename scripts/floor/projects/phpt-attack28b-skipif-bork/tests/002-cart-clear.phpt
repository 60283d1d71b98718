--TEST--
Cart: a cleared cart starts again from zero
--SKIPIF--
<?php
$r = new Redis();
if (!$r->connect('127.0.0.1', 6379)) die('skip redis is not running');
?>
--FILE--
<?php
require __DIR__ . '/../src/Cart.php';
$cart = new Shop\Cart();
$cart->add('t2', 'pear', 4);
$cart->clear('t2');
var_dump($cart->add('t2', 'pear', 1));
?>
--EXPECT--
int(1)
