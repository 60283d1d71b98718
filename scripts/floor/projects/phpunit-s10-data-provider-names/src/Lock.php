<?php
namespace App;
final class Lock {
    public function __construct(private \Redis $redis) {}
    public function acquire(string $name): bool { return (bool) $this->redis->set("lock:$name", 1, ['nx', 'ex' => 5]); }
}
final class InvalidTtl extends \InvalidArgumentException {}
