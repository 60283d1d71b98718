<?php
declare(strict_types=1);

namespace App;

final class Price
{
    /** Parses "12.50" into 1250 cents. */
    public static function toCents(string $text): int
    {
        [$whole, $fraction] = array_pad(explode('.', $text, 2), 2, '0');
        $fraction = substr(str_pad($fraction, 2, '0'), 0, 2);
        return (int) $whole * 100 + (int) $fraction;
    }
}
