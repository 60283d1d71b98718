<?php
require __DIR__ . '/../src/Report.php';

$db = new PDO('sqlite::memory:');
$db->exec('CREATE TABLE ledger (region TEXT, amount INTEGER)');
$db->exec("INSERT INTO ledger VALUES ('north', 3), ('south', 4), ('north', 2)");

$report = new Report($db);
foreach ($report->totals() as $region => $total) {
    printf("%s %d\n", $region, $total);
}
