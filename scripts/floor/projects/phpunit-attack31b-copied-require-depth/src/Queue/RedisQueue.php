<?php
namespace App\Queue;

require_once __DIR__ . '/../vendor/predis/predis/autoload.php';

use Predis\Client;

final class RedisQueue
{
    private Client $redis;

    public function __construct(private string $name, string $dsn = 'tcp://127.0.0.1:6379')
    {
        $this->redis = new Client($dsn);
    }

    public function push(string $job): int
    {
        return $this->redis->rpush('queue:' . $this->name, [$job]);
    }

    public function pop(): ?string
    {
        return $this->redis->lpop('queue:' . $this->name);
    }
}
