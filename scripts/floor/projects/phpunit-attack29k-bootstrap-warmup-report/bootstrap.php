<?php
spl_autoload_register(function (string $class): void {
    $path = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen('App\\'))) . '.php';
    if (str_starts_with($class, 'App\\') && is_file($path)) require $path;
});

// Same warm-up as bin/warmup: fill the cache the tests read from. A failed loader is reported, not fatal.
(new App\Warmer(['App\Lager::größe', 'App\Lager::zugänge']))->run();
