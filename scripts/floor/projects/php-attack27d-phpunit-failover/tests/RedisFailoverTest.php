<?php

declare(strict_types=1);

use App\Cache\RedisFailover;
use App\Cache\RedisUnavailableException;
use PHPUnit\Framework\TestCase;

require_once __DIR__ . '/../src/RedisFailover.php';

/** Loopback servers stand in for the nodes: the test needs no Redis. */
final class RedisFailoverTest extends TestCase
{
	/** @var list<resource> */
	private array $servers = [];

	private function listening(): string
	{
		$server = stream_socket_server('tcp://127.0.0.1:0');
		$this->servers[] = $server;
		return 'tcp://' . stream_socket_get_name($server, false);
	}

	/** A loopback address nothing listens on: a server is opened on it and closed again. */
	private function closed(): string
	{
		$server = stream_socket_server('tcp://127.0.0.1:0');
		$name = stream_socket_get_name($server, false);
		fclose($server);
		return "tcp://$name";
	}

	public function testConnectsToTheFirstNode(): void
	{
		$failover = new RedisFailover([$this->listening(), $this->closed()]);
		$this->assertIsResource($failover->connect());
	}

	public function testFailsOverToTheNextNodeWhenTheFirstRefuses(): void
	{
		$failover = new RedisFailover([$this->closed(), $this->listening()]);
		$this->assertIsResource($failover->connect());
	}

	public function testSaysSoWhenNoNodeTakesTheConnection(): void
	{
		$this->expectException(RedisUnavailableException::class);
		(new RedisFailover([$this->closed(), $this->closed()]))->connect();
	}
}
