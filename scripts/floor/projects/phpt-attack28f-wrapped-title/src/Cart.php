<?php
namespace Shop;

/** A cart kept in a Redis hash per cart: SKU => quantity. */
final class Cart
{
    private \Redis $redis;

    public function __construct(string $host = '127.0.0.1', int $port = 6379)
    {
        $this->redis = new \Redis();
        $this->redis->connect($host, $port);
    }

    public function add(string $cart, string $sku, int $qty): int
    {
        return $this->redis->hIncrBy("cart:$cart", $sku, $qty);
    }

    public function clear(string $cart): void
    {
        $this->redis->del("cart:$cart");
    }
}
