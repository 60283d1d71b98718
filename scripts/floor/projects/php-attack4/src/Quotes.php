<?php
namespace App;
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
class QuoteCacheException extends \RuntimeException {}
// Quotes cached in redis through Predis; when the cache cannot be reached, get() must throw
// QuoteCacheException (the caller catches it and asks the pricing service instead).
final class Quotes {
    public function __construct(private string $url) {}
    public function get(string $sku): int {
        $client = new \Predis\Client($this->url);
        // The defect: Predis's ConnectionException is not caught and rethrown as QuoteCacheException.
        return (int) $client->get("quote:$sku");
    }
}
