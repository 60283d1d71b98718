<?php

declare(strict_types=1);

// Nette Tester is not vendored here: NETTE_TESTER names a checkout of nette/tester v2.6.1 (scripts/floor/cases/99s-attack27d.sh).
require getenv('NETTE_TESTER') . '/src/bootstrap.php';
require __DIR__ . '/../src/Converter.php';

Tester\Environment::setup();

use App\Money\Rate;

/** The rate source the tests use: no network. */
function fixedRates(): Closure
{
	return fn() => [new Rate('USD', 1.08), new Rate('CHF', 0.95)];
}

/** Redis when it is there (the cache is optional: the converter works without it). */
function cacheOrNull(): ?Redis
{
	$redis = new Redis;
	try {
		$redis->connect(getenv('REDIS_HOST') ?: '127.0.0.1', (int) (getenv('REDIS_PORT') ?: 6379), 1.0);
		$redis->del('rates');
		return $redis;
	} catch (RedisException $e) {
		error_log(sprintf('%s: %s', $e::class, $e->getMessage()));
		return null;
	}
}
