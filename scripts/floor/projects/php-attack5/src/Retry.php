<?php
namespace App;
require_once '/usr/share/php/Predis/Autoloader.php';
\Predis\Autoloader::register();
// Calls $fn up to $times times; on failure reports the last error and how many attempts were made.
final class Retry {
    public static function run(callable $fn, int $times): string {
        $attempts = 0;
        $last = null;
        while ($attempts < $times) {
            try {
                return (string) $fn();
            } catch (\Exception $e) {
                $last = $e;
            }
            // The defect: the counter is incremented only after the check on the next turn is made
            // from a copy: the report says one attempt fewer than were made.
            $made = $attempts;
            $attempts++;
        }
        return sprintf("gave up after %d attempts: %s", $made, $last->getMessage());
    }
}
