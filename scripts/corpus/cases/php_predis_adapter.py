# php-cache/predis-adapter 1.2.0 ("Prepare new releases", 4af5c1a: PHP >=7.4, predis ^1.1, PHPUnit ^9.5), its own PHPUnit
# suite (cache/integration-tests' PSR-6/PSR-16/tag/hierarchy tests run against PredisCachePool). Debian's PHP 8.2 CLI,
# phpunit 9.6.7, php-predis 1.1.10, php-psr-cache 1.0.1, php-psr-simple-cache, php-psr-log, php-cache-tag-interop,
# php-cache-integration-tests 0.17.0. Its two php-cache dependencies are checkouts of the same release
# (php-cache/adapter-common 8788309, php-cache/hierarchical-cache dedffd0) under /work/uwt/deps. vendor/autoload.php is a
# stand-in (no packagist): PSR-4 for the project and the two checkouts, Debian's autoloaders for the rest, predis' only
# when it is installed (composer maps installed packages only). Tests/CreatePoolTrait.php hard-codes tcp:/127.0.0.1:6379,
# so no host-not-found run is possible without editing the tests.
ROOT = "/work/uwt/predis-adapter"
PROJECT = {"root": ROOT, "runner": "phpunit", "project": "php-cache/predis-adapter",
           "version": "1.2.0 (4af5c1a7f95003bab5d313ca5885515bac70228d), PHP 8.2.36, PHPUnit 9.6.7, predis 1.1.10, redis-server 7.0; baseline with Redis: OK (347 tests, 525 assertions)"}
R = ("infrastructure", "high", "redis")
C = ("code", "high", "")
HIDE = "/work/uwt/rec-client-hide"
NOPREDIS = [(HIDE + "/empty", "/usr/share/php/Predis")]
ABS = "Redis was not started in the namespace; every test's PredisCachePool reaches Redis through predis, which fails with Predis\\Connection\\ConnectionException: Connection refused [tcp://127.0.0.1:6379]."
CASES = [
  dict(id="php-predis-adapter/service-absent", cmd="phpunit Tests/IntegrationTagTest.php", label=R, condition="service-absent", why=ABS),
  dict(id="php-predis-adapter/service-absent-testdox", cmd="phpunit --testdox Tests/IntegrationPoolTest.php", label=("infrastructure", "ambiguous", "redis"), condition="service-absent", why="Redis was not started in the namespace. With --testdox PHPUnit prints only the wrapping exception (CachePoolException: Exception thrown when executing \"save\"), never its previous one: no refusal, host or port is in the log. Infrastructure by construction, not shown by the log: infrastructure/ambiguous."),
  dict(id="php-predis-adapter/client-absent", services=["redis"], mounts=NOPREDIS, cmd="phpunit", label=R, condition="client-absent",
       setup="predis not installed: an empty directory bind-mounted over Debian's /usr/share/php/Predis; the stand-in autoloader maps only installed packages, as composer's does.",
       why="The Redis client library predis is not installed (Redis is running): every test fails when Tests/CreatePoolTrait.php instantiates Predis\\Client: Error: Class \"Predis\\Client\" not found."),
  dict(id="php-predis-adapter/client-absent-bootstrap-require", services=["redis"], mounts=NOPREDIS, cmd="phpunit --bootstrap vendor/autoload-debian.php", label=R, condition="client-absent",
       setup="predis not installed: an empty directory bind-mounted over Debian's /usr/share/php/Predis. The bootstrap is vendor/autoload-debian.php, the stand-in written as Debian's pkg-php-tools autoloaders are: it requires each dependency's autoload.php unconditionally (`require_once 'Predis/autoload.php';`).",
       why="The Redis client library predis is not installed (Redis is running): PHPUnit's bootstrap stops when it requires predis' autoloader, Failed opening required 'Predis/autoload.php'; no test runs."),
  dict(id="php-predis-adapter/service-present-defect", services=["redis"], cmd="phpunit",
       defect={"file": "PredisCachePool.php", "old": "            return [false, null, [], null];", "new": "            return [true, null, [], null];"},
       label=C, condition="service-present-defect", why="Redis present; fetchObjectFromCache reports a miss as a hit (isHit true, value null): the integration tests' hit/miss assertions fail."),
]
