<?php
namespace App;

final class Preis
{
    /** "12.5" → 1250, "3" → 300, "0.99" → 99 */
    public static function inCent(string $text): int
    {
        if (!preg_match('/^(\d+)(?:\.(\d{2}))?$/', $text, $m)) {
            throw new InvalidPrice(sprintf('"%s" is not a price', $text));
        }
        return (int) $m[1] * 100 + (int) str_pad($m[2] ?? '0', 2, '0');
    }
}
