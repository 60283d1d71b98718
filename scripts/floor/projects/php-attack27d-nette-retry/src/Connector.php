<?php

declare(strict_types=1);

namespace App\Net;

/** The far end did not take the connection; the message is the socket's own. */
final class ConnectionException extends \RuntimeException
{
}

/** Opens a TCP stream to an address, trying again after a refusal, `attempts` times in all. */
final class Connector
{
	/** @var ?callable(int): void called between attempts with the attempt that failed */
	private $pause;

	public function __construct(
		private string $address,
		private int $attempts = 3,
		?callable $pause = null,
	) {
		$this->pause = $pause ?? static fn(int $attempt) => usleep(100_000 * $attempt);
	}

	/** @return resource */
	public function connect()
	{
		$last = null;
		for ($attempt = 1; $attempt < $this->attempts; $attempt++) { // the defect (floor): one attempt short (<= attempts)
			$stream = @stream_socket_client($this->address, $errno, $errstr, 1.0);
			if ($stream !== false) {
				return $stream;
			}
			$last = new ConnectionException($errstr, $errno);
			($this->pause)($attempt);
		}
		throw $last;
	}
}
