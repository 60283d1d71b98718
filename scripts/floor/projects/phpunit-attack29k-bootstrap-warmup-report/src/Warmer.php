<?php
namespace App;

final class Warmer
{
    /** @param list<string> $loaders callables, `Class::method` */
    public function __construct(private array $loaders) {}

    /** Runs every loader; prints a numbered report of the ones that failed. Returns how many failed. */
    public function run(): int
    {
        $failed = [];
        foreach ($this->loaders as $loader) {
            try {
                $loader();
            } catch (\Throwable $e) {
                $failed[$loader] = $e;
            }
        }
        if ($failed !== []) {
            echo "Warm-up: " . count($failed) . " of " . count($this->loaders) . " loaders failed\n";
            $i = 0;
            foreach ($failed as $loader => $e) {
                echo ++$i . ") $loader\n" . get_class($e) . ': ' . $e->getMessage() . "\n\n";
            }
        }
        return count($failed);
    }
}
