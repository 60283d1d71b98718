<?php
require '/usr/share/php/Doctrine/DBAL/autoload.php';
require __DIR__ . '/src/Doctrine/Driver/PDO/PgSQL/Driver.php';
