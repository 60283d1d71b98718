<?php

final class SessionStore
{
    private Redis $redis;

    public function __construct(string $host = '127.0.0.1', int $port = 6379)
    {
        $this->redis = new Redis();
        $this->redis->connect($host, $port, 1.0);
    }

    public function write(string $id, string $data, int $ttl = 1440): void
    {
        $this->redis->setex("sess:$id", $ttl, $data);
    }

    public function read(string $id): ?string
    {
        $v = $this->redis->get("sess:$id");
        return $v === false ? null : $v;
    }
}
