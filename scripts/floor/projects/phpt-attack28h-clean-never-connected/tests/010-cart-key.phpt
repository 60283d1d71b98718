--TEST--
Cache: a cart's key is its id, zero-padded to eight digits
--FILE--
<?php
require __DIR__ . '/../src/Cache.php';
var_dump(Shop\Cache::cartKey(42));
?>
--CLEAN--
<?php
require __DIR__ . '/../src/Cache.php';
Shop\Cache::client()->del(Shop\Cache::cartKey(42));
?>
--EXPECT--
string(13) "cart:00000042"
