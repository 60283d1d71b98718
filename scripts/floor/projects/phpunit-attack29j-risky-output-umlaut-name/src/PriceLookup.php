<?php
declare(strict_types=1);

namespace App;

/** Prices from the catalogue, through a Redis cache when there is one. */
final class PriceLookup
{
    /** @param array<string, int> $catalogue */
    public function __construct(private array $catalogue, private string $host = '127.0.0.1', private int $port = 6379)
    {
    }

    public function cents(string $sku): ?int
    {
        try {
            $redis = new \Redis();
            $redis->connect($this->host, $this->port, 1.0);
            $cached = $redis->get("price:$sku");
            if ($cached !== false) {
                return (int) $cached;
            }
        } catch (\RedisException $e) {
            echo 'cache skipped: ', get_class($e), ': ', $e->getMessage(), "\n";
        }
        return $this->catalogue[$sku] ?? null;
    }
}
