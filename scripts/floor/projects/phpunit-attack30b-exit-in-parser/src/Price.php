<?php
namespace App;

final class Price
{
    /** Parses "12.50" into cents; anything else is an InvalidPrice. */
    public static function parse(string $text): int
    {
        if (!preg_match('/^(\d+)\.(\d{2})$/', $text, $m)) {
            fwrite(STDERR, "invalid price: $text\n");
            // The bug: copied from bin/import-prices, which reports and exits; a library throws
            // (throw new InvalidPrice($text)).
            exit(1);
        }
        return (int) $m[1] * 100 + (int) $m[2];
    }
}
