<?php
namespace App;

final class Lager
{
    private static ?\Redis $redis = null;

    private static function redis(): \Redis
    {
        if (self::$redis === null) {
            $r = new \Redis();
            $r->connect(getenv('REDIS_HOST') ?: '127.0.0.1', 6379, 1.0);
            self::$redis = $r;
        }
        return self::$redis;
    }

    public static function größe(): void
    {
        self::redis()->set('lager:größe', '1200');
    }

    public static function zugänge(): void
    {
        self::redis()->set('lager:zugänge', '340');
    }

    public static function gelesen(string $key): ?string
    {
        $v = self::redis()->get("lager:$key");
        return $v === false ? null : $v;
    }
}
