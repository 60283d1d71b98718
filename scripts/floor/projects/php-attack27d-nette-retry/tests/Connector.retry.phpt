<?php

/**
 * Test: Connector tries again after a refusal, up to its attempts.
 */

declare(strict_types=1);

use App\Net\Connector;
use Tester\Assert;

require __DIR__ . '/bootstrap.php';

$port = freePort();
$server = null;
$pauses = [];
// The far end starts listening after the second refusal: the third attempt connects.
$connector = new Connector("tcp://127.0.0.1:$port", 3, function (int $attempt) use (&$server, &$pauses, $port) {
	$pauses[] = $attempt;
	if ($attempt === 2) {
		$server = stream_socket_server("tcp://127.0.0.1:$port");
	}
});

Assert::type('resource', $connector->connect());
Assert::same([1, 2], $pauses);
