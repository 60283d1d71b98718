<?php
declare(strict_types=1);

namespace Acme\Cache;

/** Requests per client per minute, counted in memcached. */
final class RateLimiter
{
    public function __construct(private \Memcached $cache, private int $limit) {}

    public function allow(string $client): bool
    {
        $key = 'rl:' . $client . ':' . intdiv(time(), 60);
        if (!$this->cache->add($key, 0, 120) && $this->cache->getResultCode() !== \Memcached::RES_NOTSTORED) {
            $this->fail();
        }
        $n = $this->cache->increment($key);
        if ($n === false) {
            $this->fail();
        }
        return $n <= $this->limit;
    }

    private function fail(): never
    {
        $server = $this->cache->getServerList()[0];
        throw new \RuntimeException(sprintf('Memcached %s:%d: %s', $server['host'], $server['port'], $this->cache->getResultMessage()));
    }
}
