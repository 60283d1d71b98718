<?php
namespace Shop;

/** Jobs go to a Redis list; while Redis cannot be reached they are spooled to disk, to be replayed later. */
final class Queue
{
    private ?\Redis $redis = null;
    public ?string $lastError = null;

    public function __construct(private string $spoolDir, private string $host = '127.0.0.1', private int $port = 6379)
    {
    }

    /** True when Redis took the job, false when it was spooled. */
    public function push(string $queue, array $job): bool
    {
        try {
            if ($this->redis === null) {
                $redis = new \Redis();
                $redis->connect($this->host, $this->port, 0.5);
                $this->redis = $redis;
            }
            $this->redis->rPush("queue:$queue", json_encode($job));
            return true;
        } catch (\RedisException $e) {
            $this->lastError = get_class($e) . ': ' . $e->getMessage();
            if (!is_dir($this->spoolDir)) {
                mkdir($this->spoolDir, 0777, true);
            }
            file_put_contents($this->spoolDir . '/' . uniqid($queue . '-', true) . '.json', json_encode($job));
            return false;
        }
    }

    /** @return list<string> the spooled jobs' files */
    public function spooled(): array
    {
        return glob($this->spoolDir . '/*.json') ?: [];
    }

    /** Removes a spool directory and the jobs it holds. */
    public static function purge(string $spoolDir): void
    {
        foreach (glob($spoolDir . '/*.json') ?: [] as $file) {
            unlink($file);
        }
        rmdir($spooldir);
    }
}
