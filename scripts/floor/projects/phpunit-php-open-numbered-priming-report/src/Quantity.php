<?php
declare(strict_types=1);
namespace App;
final class Quantity
{
    public static function parse(string $text): int
    {
        // DEFECT: the text is not trimmed, so " 12" is rejected.
        if (!ctype_digit($text)) { throw new BadQuantity("\"$text\" is no quantity"); }
        return (int) $text;
    }
}
