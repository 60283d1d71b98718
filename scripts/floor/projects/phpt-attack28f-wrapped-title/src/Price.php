<?php
namespace Shop;

final class Price
{
    /** Orders of $threshold cents or more get $percent off. */
    public static function discounted(int $cents, int $threshold = 10000, int $percent = 10): int
    {
        if ($cents > $threshold) {
            return $cents - intdiv($cents * $percent, 100);
        }
        return $cents;
    }
}
