<?php
namespace Shop;

final class Sessions
{
    private \Redis $redis;

    public function __construct(string $host = '127.0.0.1', int $port = 6379)
    {
        $this->redis = new \Redis();
        $this->redis->connect($host, $port);
    }

    public function touch(string $id): int
    {
        return $this->redis->incr("session:$id:hits");
    }
}
