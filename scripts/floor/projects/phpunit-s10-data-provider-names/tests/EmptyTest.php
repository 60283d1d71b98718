<?php
namespace App\Tests;
use PHPUnit\Framework\TestCase;
final class EmptyTest extends TestCase {
    public function tesNothing(): void { $this->assertTrue(true); }
}
