<?php
namespace App\Tests;

use PHPUnit\Framework\TestCase;

class CacheTest extends TestCase
{
    public function testConnects(): void
    {
        $r = new \Redis();
        $r->connect('127.0.0.1', 6379);
        $this->assertTrue($r->ping());
    }
}
