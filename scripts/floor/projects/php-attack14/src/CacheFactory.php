<?php
declare(strict_types=1);

namespace Acme\Cache;

/** The cache the app uses, from MEMCACHED_URL (`memcached://host:port`, once `host:port`). */
final class CacheFactory
{
    public static function fromEnv(): \Memcached
    {
        $url = getenv('MEMCACHED_URL') ?: 'memcached://127.0.0.1:11211';
        // DEFECT: splits the URL at its scheme: host 'memcached', port '//127.0.0.1:...' (0: libmemcached's default).
        [$host, $port] = explode(':', $url, 2);
        $m = new \Memcached();
        $m->setOption(\Memcached::OPT_CONNECT_TIMEOUT, 500);
        $m->addServer($host, (int) $port);
        return $m;
    }
}
