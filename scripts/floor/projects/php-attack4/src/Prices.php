<?php
namespace App;
class CacheException extends \RuntimeException {}
// Prices cached in redis; when the cache cannot be reached, get() must throw CacheException
// (callers catch it and go to the catalogue).
final class Prices {
    public function __construct(private string $host, private int $port) {}
    public function get(string $sku): int {
        $r = new \Redis();
        // The defect: the RedisException is not wrapped in CacheException, so callers miss it.
        $r->connect($this->host, $this->port, 1.0);
        return (int) $r->get("price:$sku");
    }
}
