<?php
declare(strict_types=1);

namespace App;

final class Waehrung
{
    private const KNOWN = ['CHF', 'EUR', 'USD'];

    /** Liest einen ISO-4217-Code, gleich wie er geschrieben ist ("eur", "EUR"). */
    public static function aus(string $code): string
    {
        // DEFECT: trim() where strtoupper(trim()) was meant: a lower-case code is not found.
        $code = trim($code);
        if (!in_array($code, self::KNOWN, true)) {
            throw new UnknownCurrency(sprintf('unknown currency "%s"', $code));
        }
        return $code;
    }
}
