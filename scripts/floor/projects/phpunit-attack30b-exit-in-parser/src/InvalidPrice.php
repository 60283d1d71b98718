<?php
namespace App;

final class InvalidPrice extends \InvalidArgumentException
{
}
