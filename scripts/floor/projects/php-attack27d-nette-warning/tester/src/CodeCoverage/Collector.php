<?php declare(strict_types=1);

/**
 * This file is part of the Nette Tester.
 * Copyright (c) 2009 David Grudl (https://davidgrudl.com)
 */

namespace Tester\CodeCoverage;
use pcov;
use function defined, in_array;


/**
 * Collects code coverage data from a test process and merges it into a shared file.
 */
class Collector
{
	public const
		EnginePcov = 'PCOV',
		EnginePhpdbg = 'PHPDBG',
		EngineXdebug = 'Xdebug';

	/** @var resource */
	private static $file;
	private static string $engine;


	/** @return array<array{string, string}>  [engine name, version] */
	public static function detectEngines(): array
	{
		return array_filter([
			extension_loaded('pcov') ? [self::EnginePcov, (string) phpversion('pcov')] : null,
			defined('PHPDBG_VERSION') ? [self::EnginePhpdbg, (string) PHPDBG_VERSION] : null,
			extension_loaded('xdebug') ? [self::EngineXdebug, (string) phpversion('xdebug')] : null,
		]);
	}


	public static function isStarted(): bool
	{
		return self::$file !== null;
	}


	/**
	 * Starts gathering the information for code coverage.
	 * @throws \LogicException
	 */
	public static function start(string $file, string $engine): void
	{
		if (self::isStarted()) {
			throw new \LogicException('Code coverage collector has been already started.');

		} elseif (!in_array(
			$engine,
			array_map(fn(array $engineInfo) => $engineInfo[0], self::detectEngines()),
			strict: true,
		)) {
			throw new \LogicException("Code coverage engine '$engine' is not supported.");
		}

		self::$file = fopen($file, 'c+') ?: throw new \RuntimeException("Cannot open file '$file' for code coverage.");
		self::$engine = $engine;
		self::{'start' . $engine}();

		register_shutdown_function(function (): void {
			register_shutdown_function([self::class, 'save']);
		});
	}


	/**
	 * Writes collected coverage to file and resets the oplog. Only effective with the PHPDBG engine.
	 */
	public static function flush(): void
	{
		if (self::isStarted() && self::$engine === self::EnginePhpdbg) {
			self::save();
		}
	}


	/**
	 * Merges the current coverage data into the shared coverage file using an exclusive lock.
	 * @throws \LogicException
	 */
	public static function save(): void
	{
		if (!self::isStarted()) {
			throw new \LogicException('Code coverage collector has not been started.');
		}

		[$positive, $negative] = self::{'collect' . self::$engine}();

		flock(self::$file, LOCK_EX);
		fseek(self::$file, 0);
		$rawContent = stream_get_contents(self::$file);
		$original = $rawContent ? unserialize($rawContent) : [];
		$coverage = array_replace_recursive($negative, $original, $positive);

		fseek(self::$file, 0);
		ftruncate(self::$file, 0);
		fwrite(self::$file, serialize($coverage));
		flock(self::$file, LOCK_UN);
	}


	private static function startPCOV(): void
	{
		pcov\start();
	}


	/**
	 * Collects information about code coverage.
	 * @return array{array<string, array<int, int>>, array<string, array<int, int>>}  [positive, negative]
	 */
	private static function collectPCOV(): array
	{
		$positive = $negative = [];

		pcov\stop();

		foreach (pcov\collect() as $file => $lines) {
			if (!file_exists($file)) {
				continue;
			}

			foreach ($lines as $num => $val) {
				if ($val > 0) {
					$positive[$file][$num] = $val;
				} else {
					$negative[$file][$num] = $val;
				}
			}
		}

		return [$positive, $negative];
	}


	private static function startXdebug(): void
	{
		xdebug_start_code_coverage(XDEBUG_CC_UNUSED | XDEBUG_CC_DEAD_CODE);
	}


	/**
	 * Collects information about code coverage.
	 * @return array{array<string, array<int, int>>, array<string, array<int, int>>}  [positive, negative]
	 */
	private static function collectXdebug(): array
	{
		$positive = $negative = [];

		foreach (xdebug_get_code_coverage() as $file => $lines) {
			if (!file_exists($file)) {
				continue;
			}

			foreach ($lines as $num => $val) {
				if ($val > 0) {
					$positive[$file][$num] = $val;
				} else {
					$negative[$file][$num] = $val;
				}
			}
		}

		return [$positive, $negative];
	}


	private static function startPhpDbg(): void
	{
		phpdbg_start_oplog();
	}


	/**
	 * Collects information about code coverage.
	 * @return array{array<string, array<int, int>>, array<string, array<int, int>>}  [positive, negative]
	 */
	private static function collectPhpDbg(): array
	{
		/** @var array<string, array<int, int>> $positive */
		$positive = phpdbg_end_oplog();
		/** @var array<string, array<int, int>> $negative */
		$negative = phpdbg_get_executable();

		foreach ($positive as $file => &$lines) {
			$lines = array_fill_keys(array_keys($lines), 1);
		}

		foreach ($negative as $file => &$lines) {
			$lines = array_fill_keys(array_keys($lines), -1);
		}

		phpdbg_start_oplog();
		return [$positive, $negative];
	}
}
