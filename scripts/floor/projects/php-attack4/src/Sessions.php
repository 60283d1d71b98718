<?php
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
// The defect: a typo in the imported class (Clent for Client).
use Predis\Clent;
final class Sessions {
    public static function store(): object { return new Clent(['host' => '127.0.0.1', 'port' => 6379]); }
    public static function count(): int { $r = new \Redis(); $r->connect('127.0.0.1', 6379, 1.0); return (int) $r->dbSize(); }
}
