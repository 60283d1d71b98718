<?php
namespace App;
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
final class Prices {
    // Totals of a basket: [sku => [price in cents, quantity]].
    public static function total(array $basket): int {
        $sum = 0;
        foreach ($basket as [$price, $qty]) $sum += $price * $qty;
        return $sum;
    }
    public static function fixtures(): array {
        // The defect: the fixture file's key is 'baskets'; 'basket' is undefined, and the data
        // provider that reads it fails.
        $data = ['baskets' => [[['A1' => [250, 2]], 500], [['B2' => [99, 3]], 297]]];
        return array_map(fn ($row) => $row, $data['basket']);
    }
    public static function cached(string $url, string $sku): int {
        return (int) (new \Predis\Client($url))->get("price:$sku");
    }
}
