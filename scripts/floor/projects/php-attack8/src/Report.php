<?php
// A nightly report over the ledger, cached in redis when redis is there.

final class Report
{
    private ?PDO $db = null;
    private ?Redis $cache = null;

    public function __construct(PDO $db)
    {
        // BUG: the ledger handle is stored under a misspelled property; $this->db stays null.
        $this->bd = $db;
        try {
            $cache = new Redis();
            $cache->connect('127.0.0.1', 6379, 0.5);
            $this->cache = $cache;
        } catch (RedisException $e) {
            // Expected without redis: the report is computed without its cache.
            error_log('report cache unavailable, computing without it: ' . get_class($e) . ': ' . $e->getMessage());
        }
    }

    public function totals(): array
    {
        $rows = $this->db->query('SELECT region, SUM(amount) AS total FROM ledger GROUP BY region')->fetchAll(PDO::FETCH_KEY_PAIR);
        return $rows;
    }
}
