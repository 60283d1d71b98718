<?php
namespace Shop;

use PhpAmqpLib\Connection\AMQPLazyConnection;

/** Queues mail for the worker; the broker connection is opened on the first publish only. */
final class Mailer
{
    private AMQPLazyConnection $connection;

    public function __construct(string $host = '127.0.0.1', int $port = 5672)
    {
        $this->connection = new AMQPLazyConnection($host, $port, 'guest', 'guest');
    }

    public function isConnected(): bool
    {
        return $this->connection->isConnected();
    }
}
