<?php
namespace App;

require_once __DIR__ . '/../vendor/predis/predis/autoload.php';

use Predis\Client;

final class RedisCache
{
    private Client $redis;

    public function __construct(string $dsn = 'tcp://127.0.0.1:6379')
    {
        $this->redis = new Client($dsn);
    }

    public function remember(string $key, int $ttl, callable $compute): string
    {
        $hit = $this->redis->get($key);
        if ($hit !== null) {
            return $hit;
        }
        $value = (string) $compute();
        $this->redis->setex($key, $ttl, $value);
        return $value;
    }
}
