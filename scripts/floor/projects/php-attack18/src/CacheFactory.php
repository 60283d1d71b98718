<?php
declare(strict_types=1);

namespace Acme\Cache;

/** The cache the app uses, from MEMCACHED_HOST and MEMCACHED_PORT. */
final class CacheFactory
{
    public static function fromEnv(): \Memcached
    {
        $host = getenv('MEMCACHED_HOST') ?: '127.0.0.1';
        // DEFECT: copied from RedisFactory, it reads REDIS_PORT (6379, Redis's) for memcached's port.
        $port = (int) (getenv('REDIS_PORT') ?: 11211);
        $m = new \Memcached();
        $m->setOption(\Memcached::OPT_CONNECT_TIMEOUT, 500);
        $m->addServer($host, $port);
        return $m;
    }
}
