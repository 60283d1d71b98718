<?php
namespace App;

class Logger
{
    private array $lines = [];
    public function error(string $m): void { $this->lines[] = "[error] $m"; }
    public function warning(string $m): void { $this->lines[] = "[warn] $m"; }
    public function lines(): array { return $this->lines; }
}
