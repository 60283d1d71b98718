<?php
declare(strict_types=1);
namespace App;
final class BadQuantity extends \RuntimeException {}
