<?php

declare(strict_types=1);

// Nette Tester is not vendored here: NETTE_TESTER names a checkout of nette/tester v2.6.1 (scripts/floor/cases/99s-attack27d.sh).
require getenv('NETTE_TESTER') . '/src/bootstrap.php';
require __DIR__ . '/../src/Connector.php';

Tester\Environment::setup();

/** A loopback port nothing listens on: a server is opened on it, and closed again. */
function freePort(): int
{
	$server = stream_socket_server('tcp://127.0.0.1:0');
	$name = stream_socket_get_name($server, false);
	fclose($server);
	return (int) substr($name, strrpos($name, ':') + 1);
}
