--TEST--
Sessions: each touch counts a hit
--FILE--
<?php
require __DIR__ . '/../autoload.php';
$sessions = new Shop\Sessions();
$id = bin2hex(random_bytes(4));
var_dump($sessions->touch($id));
var_dump($sessions->touch($id));
?>
--EXPECT--
int(1)
int(2)
