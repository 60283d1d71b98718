<?php
declare(strict_types=1);

use App\Doctrine\Driver\PDO\PgSQL\Driver as IamPgDriver;
use Doctrine\DBAL\DriverManager;
use PHPUnit\Framework\TestCase;

final class RepositoryTest extends TestCase
{
    public function testCountsUsers(): void
    {
        $conn = DriverManager::getConnection(['driverClass' => IamPgDriver::class, 'host' => '127.0.0.1', 'dbname' => 'app', 'user' => 'app', 'password' => 'secret']);
        self::assertSame(1, (int) $conn->fetchOne('SELECT 1'));
    }

    public function testAddsNumbers(): void
    {
        self::assertSame(4, 2 + 2);
    }
}
