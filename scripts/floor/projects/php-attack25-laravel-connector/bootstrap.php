<?php
require '/usr/share/php/Illuminate/Database/autoload.php';
require __DIR__ . '/src/RdsPostgresConnector.php';
