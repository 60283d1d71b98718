<?php
// The defect: the helpers file is no longer required here (functions are not autoloaded),
// so pg_table() is undefined when Report is used.
// require_once __DIR__ . '/pg_helpers.php';
final class Report {
    public static function sql(string $table): string { return 'SELECT * FROM ' . pg_table($table); }
}
