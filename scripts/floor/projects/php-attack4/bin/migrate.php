<?php
// Applies the schema to the app database (PostgreSQL on 127.0.0.1:5432).
// The defect: PDO's driver prefix is "pgsql:", not "postgresql:" (a URL scheme), so PDO finds no
// driver for it although pdo_pgsql is installed.
$pdo = new PDO('postgresql:host=127.0.0.1;port=5432;dbname=app', 'app', 'app');
$pdo->exec(file_get_contents(__DIR__ . '/../schema.sql'));
echo "migrated\n";
