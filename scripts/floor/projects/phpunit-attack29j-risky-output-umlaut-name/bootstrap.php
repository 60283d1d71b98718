<?php
spl_autoload_register(function (string $class): void {
    $path = __DIR__ . '/src/' . substr($class, strlen('App\\')) . '.php';
    if (str_starts_with($class, 'App\\') && is_file($path)) require $path;
});
