<?php
// Legacy helpers live in lib/ and are loaded through the include_path.
set_include_path(__DIR__ . '/../lib');

spl_autoload_register(function (string $class): void {
    $file = __DIR__ . '/../src/' . $class . '.php';
    if (is_file($file)) {
        require $file;
    }
});
