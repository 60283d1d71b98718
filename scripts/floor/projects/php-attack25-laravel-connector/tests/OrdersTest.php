<?php
declare(strict_types=1);

use App\Database\RdsPostgresConnector;
use Illuminate\Database\Capsule\Manager as Capsule;
use PHPUnit\Framework\TestCase;

final class OrdersTest extends TestCase
{
    private Capsule $db;

    protected function setUp(): void
    {
        $this->db = new Capsule();
        $this->db->getContainer()->bind('db.connector.pgsql', RdsPostgresConnector::class);
        $this->db->addConnection(['driver' => 'pgsql', 'host' => '127.0.0.1', 'port' => 5432, 'database' => 'shop', 'username' => 'shop', 'password' => 'secret', 'charset' => 'utf8', 'prefix' => '', 'schema' => 'public']);
    }

    public function testBulkImportsOrders(): void
    {
        // COPY is only on the raw PDO handle.
        $pdo = $this->db->getConnection()->getPdo();
        self::assertTrue($pdo->pgsqlCopyFromArray('orders', ["1\t42.00", "2\t13.50"]));
    }

    public function testRoundsTotals(): void
    {
        self::assertSame(42.0, round(41.995, 2));
    }
}
