<?php

/**
 * Test: Connector connects at once when the far end listens.
 */

declare(strict_types=1);

use App\Net\Connector;
use Tester\Assert;

require __DIR__ . '/bootstrap.php';

$port = freePort();
$server = stream_socket_server("tcp://127.0.0.1:$port");
$connector = new Connector("tcp://127.0.0.1:$port", 3, fn() => Assert::fail('no pause expected'));
Assert::type('resource', $connector->connect());
