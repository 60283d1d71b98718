<?php
namespace App;
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
final class Totals {
    public static function sum(array $cents): int {
        // The defect: the first line is skipped (the loop starts at 1).
        $sum = 0;
        for ($i = 1; $i < count($cents); $i++) $sum += $cents[$i];
        return $sum;
    }
    public static function cached(string $url, string $key): int {
        return (int) (new \Predis\Client($url))->get("total:$key");
    }
}
