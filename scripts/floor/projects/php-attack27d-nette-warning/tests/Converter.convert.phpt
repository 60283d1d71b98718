<?php

/**
 * Test: Converter converts a euro amount with the day's rate.
 */

declare(strict_types=1);

use App\Money\Converter;
use Tester\Assert;

require __DIR__ . '/bootstrap.php';

$converter = new Converter(fixedRates(), cacheOrNull());
Assert::same(108.0, $converter->convert(100, 'USD'));
Assert::same(9.5, $converter->convert(10, 'CHF'));
