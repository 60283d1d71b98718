<?php
declare(strict_types=1);
namespace App;
final class Stock
{
    /** @param array<string,int> $levels */
    public function __construct(private array $levels) {}
    public function level(string $sku): int
    {
        try {
            $r = new \Redis();
            $r->connect('127.0.0.1', 6379, 1.0);
            $v = $r->get("stock:$sku");
            if ($v !== false) { return (int) $v; }
        } catch (\RedisException $e) {
            echo 'stock cache off: ', get_class($e), ': ', $e->getMessage(), "\n";
        }
        return $this->levels[$sku] ?? 0;
    }
    public static function units(string $text): int
    {
        // DEFECT: the text is not trimmed, so " 12" is rejected.
        if (!ctype_digit($text)) { throw new BadQuantity("\"$text\" is no quantity"); }
        return (int) $text;
    }
}
