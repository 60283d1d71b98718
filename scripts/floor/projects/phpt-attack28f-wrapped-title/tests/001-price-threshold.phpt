--TEST--
Price: an order of exactly the threshold gets the discount,
one cent below it pays full price
--FILE--
<?php
require __DIR__ . '/../src/Price.php';
var_dump(Shop\Price::discounted(10000));
var_dump(Shop\Price::discounted(9999));
?>
--EXPECT--
int(9000)
int(9999)
