<?php
// The project's PSR-4 autoloader: its own classes, and php-amqplib from the system's copy (Debian's
// php-amqplib) so that the worker runs without Composer.
spl_autoload_register(static function (string $class): void {
    $prefixes = [
        'Shop\\' => __DIR__ . '/src/',
        'PhpAmqpLib\\' => '/usr/share/php/PhpAmqpLib',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
