<?php
namespace App;
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
class QuotaExceededException extends \RuntimeException {}
class CacheUnavailableException extends \RuntimeException {}
// Per-customer API quota: consume() must throw QuotaExceededException when the amount alone is
// over the plan's limit, before anything is counted in redis.
final class Quota {
    public function __construct(private string $url, private int $limit) {}
    public function consume(string $customer, int $amount): int {
        // The defect: the check `if ($amount > $this->limit) throw new QuotaExceededException(...)`
        // was lost in a refactor, so the over-limit call goes to redis like any other.
        try {
            $client = new \Predis\Client($this->url);
            return (int) $client->incrby("quota:$customer", $amount);
        } catch (\Predis\Connection\ConnectionException $e) {
            throw new CacheUnavailableException($e->getMessage(), 0, $e);
        }
    }
}
