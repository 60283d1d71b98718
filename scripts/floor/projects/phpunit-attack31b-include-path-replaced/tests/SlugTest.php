<?php
require_once 'Legacy/Slug.php';

use PHPUnit\Framework\TestCase;

final class SlugTest extends TestCase
{
    public function testSlugifiesTitles(): void
    {
        $this->assertSame('hello-world', legacy_slug('Hello, World!'));
    }
}
