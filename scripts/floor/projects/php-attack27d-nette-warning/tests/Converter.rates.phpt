<?php

/**
 * Test: Rate keeps its currency and value.
 */

declare(strict_types=1);

use App\Money\Rate;
use Tester\Assert;

require __DIR__ . '/bootstrap.php';

$rate = new Rate('USD', 1.08);
Assert::same('USD', $rate->currency);
Assert::same(1.08, $rate->value);
