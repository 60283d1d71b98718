<?php
spl_autoload_register(function (string $c): void { $f = __DIR__ . '/src/' . substr(strrchr('\\' . $c, '\\'), 1) . '.php'; if (is_file($f)) require $f; });
