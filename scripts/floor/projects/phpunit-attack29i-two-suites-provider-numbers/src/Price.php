<?php
declare(strict_types=1);

namespace App;

final class Price
{
    /** Parses "12.50" (or "12.5", "3") into cents. */
    public static function toCents(string $text): int
    {
        // DEFECT: demands two decimals (\d\d); one decimal ("0.5") is a price too (\d{1,2}).
        if (preg_match('/^\d+(\.\d\d)?$/', $text) !== 1) {
            throw new InvalidPrice(sprintf('"%s" is not a price', $text));
        }
        [$whole, $fraction] = array_pad(explode('.', $text, 2), 2, '0');
        return (int) $whole * 100 + (int) str_pad($fraction, 2, '0');
    }
}
