<?php
namespace App\Postgres;
// Users in PostgreSQL (127.0.0.1:5432) through PDO.
final class UserStore {
    // The defect: PDO's driver prefix is "pgsql:", not "postgresql:" (a URL scheme).
    public static function open(): \PDO { return new \PDO('postgresql:host=127.0.0.1;port=5432;dbname=app', 'app', 'app'); }
}
