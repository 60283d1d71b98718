<?php
namespace App;
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
// Stock levels kept in redis (127.0.0.1:6379) through Predis.
final class Stock {
    public function __construct(private string $url) {}
    public function level(string $sku): int {
        // The defect: the SKU is no longer validated (the check below was lost in a refactor), so
        // an empty SKU goes to redis instead of being rejected.
        // if ($sku === '') throw new \InvalidArgumentException('empty SKU');
        $client = new \Predis\Client($this->url);
        return (int) $client->get("stock:$sku");
    }
}
