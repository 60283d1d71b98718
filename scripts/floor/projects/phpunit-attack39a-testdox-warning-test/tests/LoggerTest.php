<?php
namespace App\Tests;

use App\Logger;
use PHPUnit\Framework\TestCase;

require_once __DIR__ . '/../src/Logger.php';

class LoggerTest extends TestCase
{
    public function testError(): void
    {
        $l = new Logger();
        $l->error('cache: RedisException: Connection refused');
        $this->assertSame(['[error] cache: RedisException: Connection refused'], $l->lines());
    }

    public function testWarning(): void
    {
        $l = new Logger();
        $l->warning('session store: RedisException: Connection refused');
        $this->assertSame('[warning] session store: RedisException: Connection refused', $l->lines()[0]);
    }
}
