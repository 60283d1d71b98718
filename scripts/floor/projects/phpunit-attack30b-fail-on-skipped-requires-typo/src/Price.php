<?php
namespace App;

final class Price
{
    /** Parses "12.50" into cents; anything else is an InvalidPrice. */
    public static function parse(string $text): int
    {
        if (!preg_match('/^(\d+)\.(\d{2})$/', $text, $m)) {
            throw new InvalidPrice($text);
        }
        return (int) $m[1] * 100 + (int) $m[2];
    }
}
