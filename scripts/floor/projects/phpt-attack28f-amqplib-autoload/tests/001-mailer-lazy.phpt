--TEST--
Mailer: building the mailer opens no broker connection
--FILE--
<?php
require __DIR__ . '/../autoload.php';
$mailer = new Shop\Mailer();
var_dump($mailer->isConnected());
?>
--EXPECT--
bool(false)
