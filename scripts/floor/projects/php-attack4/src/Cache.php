<?php
// A cache in redis (127.0.0.1:6379) through phpredis.
final class Cache {
    public static function hits(): int {
        $r = new \Redis();
        $r->connect('127.0.0.1', 6379, 1.0);
        return (int) $r->get('hits');
    }
}
