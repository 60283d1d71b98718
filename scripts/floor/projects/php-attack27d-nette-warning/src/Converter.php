<?php

declare(strict_types=1);

namespace App\Money;

/** One exchange rate against the euro. */
final class Rate
{
	public function __construct(
		public readonly string $currency,
		public readonly float $value,
	) {
	}
}

/** Converts euro amounts with today's rates, kept in Redis when Redis is there. */
final class Converter
{
	/** @param \Closure(): list<Rate> $fetch */
	public function __construct(
		private \Closure $fetch,
		private ?\Redis $cache = null,
	) {
	}

	public function convert(float $amount, string $currency): float
	{
		$rate = $this->rates()[strtolower($currency)] ?? null; // the defect (floor): the rates are keyed by upper-case codes (strtoupper)
		return round($amount * $rate->value, 2);
	}

	/** @return array<string, Rate> by currency code */
	private function rates(): array
	{
		try {
			$cached = $this->cache?->get('rates');
			if (is_string($cached)) {
				return unserialize($cached);
			}
		} catch (\RedisException $e) {
			// The cache is an optimisation: without it the rates are fetched every time.
			error_log(sprintf('%s: %s', $e::class, $e->getMessage()));
			$this->cache = null;
		}

		$rates = [];
		foreach (($this->fetch)() as $rate) {
			$rates[$rate->currency] = $rate;
		}
		try {
			$this->cache?->setex('rates', 3600, serialize($rates));
		} catch (\RedisException $e) {
			error_log(sprintf('%s: %s', $e::class, $e->getMessage()));
		}
		return $rates;
	}
}
