<?php
spl_autoload_register(function (string $c): void { $f = __DIR__ . '/src/' . substr(strrchr('\\' . $c, '\\'), 1) . '.php'; if (is_file($f)) require $f; });
// Prime the session cache before the suite; report at exit what could not be primed, numbered.
$failed = [];
foreach (['App\Catalogue::entrepôt', 'App\Catalogue::rayons'] as $loader) {
    try { $r = new Redis(); $r->connect('127.0.0.1', 6379, 0.5); $r->set("primed:$loader", '1'); }
    catch (RedisException $e) { $failed[] = [$loader, $e]; }
}
register_shutdown_function(function () use ($failed): void {
    if (!$failed) { return; }
    echo "\nCache priming: ", count($failed), " loader(s) not primed\n";
    foreach ($failed as $i => [$loader, $e]) { printf("%d) %s\n%s: %s\n\n", $i + 1, $loader, get_class($e), $e->getMessage()); }
});
