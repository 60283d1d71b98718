<?php
namespace App;

final class RateLimiter
{
    public function __construct(private \Redis $redis, private int $limit)
    {
        // The defect: only 0 is rejected; a negative limit should be too (`$limit < 1`).
        if ($limit === 0) {
            throw new \InvalidArgumentException('a rate limit must allow at least one hit');
        }
    }

    public function hit(string $key): bool
    {
        $count = $this->redis->incr("rl:$key");
        if ($count === 1) {
            $this->redis->expire("rl:$key", 60);
        }
        return $count <= $this->limit;
    }
}
