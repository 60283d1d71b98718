<?php
spl_autoload_register(function ($c) { $f = __DIR__ . '/src/' . substr($c, 4) . '.php'; if (is_file($f)) require $f; });
