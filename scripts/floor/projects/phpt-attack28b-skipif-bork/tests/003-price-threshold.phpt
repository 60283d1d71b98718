--TEST--
Price: an order exactly at the threshold gets the discount
--FILE--
<?php
require __DIR__ . '/../src/Price.php';
var_dump(Shop\Price::discounted(10000));
var_dump(Shop\Price::discounted(4000));
?>
--EXPECT--
int(9000)
int(4000)
