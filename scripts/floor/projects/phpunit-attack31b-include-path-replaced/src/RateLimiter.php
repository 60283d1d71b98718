<?php
require_once 'Predis/autoload.php';

final class RateLimiter
{
    private Predis\Client $redis;

    public function __construct(private int $limit, private int $window, string $dsn = 'tcp://127.0.0.1:6379')
    {
        $this->redis = new Predis\Client($dsn);
    }

    public function hit(string $who): bool
    {
        $key = "rl:$who:" . intdiv(time(), $this->window);
        $n = $this->redis->incr($key);
        if ($n === 1) {
            $this->redis->expire($key, $this->window);
        }
        return $n <= $this->limit;
    }
}
