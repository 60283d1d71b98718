<?php
namespace Shop;

final class Price
{
    /** Orders of $threshold cents or more get $percent off. */
    public static function discounted(int $cents, int $threshold = 10000, int $percent = 10): int
    {
        // The defect: `>` where the doc comment (and the test) say "or more" (`>=`): an order of
        // exactly the threshold pays full price. It fails with Redis up too; no connection is made.
        if ($cents > $threshold) {
            return $cents - intdiv($cents * $percent, 100);
        }
        return $cents;
    }
}
