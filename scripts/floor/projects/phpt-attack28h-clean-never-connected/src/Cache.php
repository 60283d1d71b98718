<?php
namespace Shop;

/** The shop's Redis client: connected at once, or on first use when REDIS_LAZY is set (the web workers). */
final class Cache
{
    public static function client(): \Redis
    {
        $redis = new \Redis();
        // The defect: the condition is inverted (it should be `!getenv('REDIS_LAZY')`): an eager client is
        // never connected, and its first command fails with 'Redis server went away', Redis up or not.
        if (getenv('REDIS_LAZY')) {
            $redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', 6379, 0.5);
        }
        return $redis;
    }

    /** The cache key of a cart. */
    public static function cartKey(int $cartId): string
    {
        return sprintf('cart:%08d', $cartId);
    }
}
