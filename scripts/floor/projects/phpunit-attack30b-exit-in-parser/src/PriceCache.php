<?php
namespace App;

// An optional Redis cache of prices (phpredis): without Redis, lookups miss and callers use their own price.
final class PriceCache
{
    private ?\Redis $redis = null;

    public function __construct(string $host = '127.0.0.1', int $port = 6379)
    {
        try {
            $redis = new \Redis();
            $redis->connect($host, $port, 1.0);
            $this->redis = $redis;
        } catch (\RedisException $e) {
            error_log('price cache disabled: ' . get_class($e) . ': ' . $e->getMessage());
        }
    }

    public function get(string $sku): ?int
    {
        if ($this->redis === null) {
            return null;
        }
        $value = $this->redis->get("price:$sku");
        return $value === false ? null : (int) $value;
    }
}
