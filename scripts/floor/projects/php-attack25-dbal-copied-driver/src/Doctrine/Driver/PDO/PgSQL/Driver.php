<?php
declare(strict_types=1);

namespace App\Doctrine\Driver\PDO\PgSQL;

use Doctrine\DBAL\Driver\AbstractPostgreSQLDriver;
use Doctrine\DBAL\Driver\PDO\Connection;
use Doctrine\DBAL\Driver\PDO\Exception;
use PDO;
use PDOException;

/** DBAL's pdo_pgsql driver, copied to add RDS IAM tokens as the password. */
final class Driver extends AbstractPostgreSQLDriver
{
    public function connect(array $params): Connection
    {
        $password = $params['password'] ?? getenv('PGPASSWORD') ?: null;
        // BUG: PDO's DSN prefix for PostgreSQL is `pgsql:`, not `postgresql:`.
        $dsn = sprintf('postgresql:host=%s;port=%d;dbname=%s', $params['host'] ?? 'localhost', $params['port'] ?? 5432, $params['dbname'] ?? 'app');
        try {
            $pdo = new PDO($dsn, $params['user'] ?? 'app', $password, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
        } catch (PDOException $exception) {
            throw Exception::new($exception);
        }
        return new Connection($pdo);
    }
}
