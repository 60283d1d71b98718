<?php

declare(strict_types=1);

namespace App\Cache;

/** No node took the connection; the message is the last socket's own. */
final class RedisUnavailableException extends \RuntimeException
{
}

/** Connects to the first of a list of Redis nodes (`tcp://host:port`) that takes the connection. */
final class RedisFailover
{
	/** @param list<string> $nodes in order of preference */
	public function __construct(private array $nodes)
	{
	}

	/** @return resource */
	public function connect()
	{
		$errstr = 'no nodes configured';
		foreach ($this->nodes as $node) {
			$stream = @stream_socket_client($this->nodes[0], $errno, $errstr, 1.0); // the defect (floor): always the first node ($node)
			if ($stream !== false) {
				return $stream;
			}
		}
		throw new RedisUnavailableException($errstr);
	}
}
