#!/bin/sh
# Lays vendor/ as `composer require predis/predis:1.1.10` does (vendor/predis/predis/{autoload.php,src/}),
# from Debian's php-predis 1.1.10 (/usr/share/php/Predis); upstream's autoload.php is predis's own.
set -e
cd "$(dirname "$0")"
rm -rf vendor && mkdir -p vendor/predis/predis/src
cp -r /usr/share/php/Predis/. vendor/predis/predis/src/
rm vendor/predis/predis/src/autoload.php
cat > vendor/predis/predis/autoload.php <<'PHP'
<?php

/*
 * This file is part of the Predis package.
 *
 * (c) Daniele Alessandri <suppakilla@gmail.com>
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 */

require __DIR__.'/src/Autoloader.php';

Predis\Autoloader::register();
PHP
