<?php
// Users in PostgreSQL (127.0.0.1:5432) through PDO.
final class Store {
    // The defect: PDO's driver prefix is "pgsql:", not "postgresql:" (a URL scheme).
    public const DSN = 'postgresql:host=127.0.0.1;port=5432;dbname=app';
    public static function open(): \PDO { return new \PDO(self::DSN, 'app', 'app'); }
    public static function ping(): int { $pdo = new \PDO('pgsql:host=127.0.0.1;port=5432;dbname=app', 'app', 'app'); return (int) $pdo->query('SELECT 1')->fetchColumn(); }
}
