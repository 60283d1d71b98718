<?php
declare(strict_types=1);

namespace App;

final class PriceCache
{
    private \Redis $redis;

    public function __construct(string $host = '127.0.0.1', int $port = 6379)
    {
        $this->redis = new \Redis();
        $this->redis->connect($host, $port, 1.0);
    }

    public function put(string $sku, int $cents): void
    {
        $this->redis->set("price:$sku", (string) $cents);
    }

    public function get(string $sku): ?int
    {
        $v = $this->redis->get("price:$sku");
        return $v === false ? null : (int) $v;
    }
}
