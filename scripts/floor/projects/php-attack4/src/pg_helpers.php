<?php
// The project's own helpers for its report SQL (no relation to the pgsql extension's functions).
function pg_table(string $name): string { return '"reports"."' . str_replace('"', '""', $name) . '"'; }
