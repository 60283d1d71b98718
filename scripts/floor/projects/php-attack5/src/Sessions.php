<?php
namespace App;
// Sessions in redis through phpredis.
final class Sessions {
    public static function client(): \Redis {
        // The defect: the guard is inverted (extension_loaded, for !extension_loaded): with the
        // redis extension loaded it says it is not.
        if (extension_loaded('redis')) {
            throw new \RuntimeException('The redis extension is not loaded.');
        }
        return new \Redis();
    }
}
