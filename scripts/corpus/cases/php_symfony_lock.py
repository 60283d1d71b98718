# symfony/lock v5.4.40 (d96955c9919fa8609b193ba76e9f527776b70176; Debian ships 5.4.53 without tests) with its own
# PHPUnit tests, Debian's php 8.2 + phpunit 9.6.7 + php-doctrine-dbal 3.6.1 + php-symfony-phpunit-bridge/cache 5.4.53.
# vendor/autoload.php is a stand-in (PSR-4 of Symfony\Component\Lock\ + Debian autoloaders). phpunit.pg.xml is a
# stand-in CI config listing the PostgreSQL stores, the memcached store and the server-less tests (Predis and
# phpredis stores left out). The tests connect to POSTGRES_HOST as postgres/password.
ROOT = "/work/s5src/symfony-lock"
PROJECT = {"root": ROOT, "runner": "phpunit", "project": "symfony/lock",
           "version": "v5.4.40 (d96955c9919fa8609b193ba76e9f527776b70176), PHP 8.2.36, PHPUnit 9.6.7, doctrine/dbal 3.6.1 (Debian), PostgreSQL 15; baseline with PostgreSQL + memcached: 243 tests, 690 assertions, 6 skipped, OK"}
PW = "su postgres -c \"psql -h $R2_STATE/pgsock -qc \\\"alter user postgres password 'password'\\\"\""
PG = ("infrastructure", "high", "postgresql")
C = ("code", "high", "")
ENV = {"POSTGRES_HOST": "localhost"}
ABS = "PostgreSQL was not started in the namespace; every PostgreSQL store test fails with PDOException / Doctrine ConnectionException: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused."
NSS = [("/work/s5runs/tools/nsswitch-files.conf", "/etc/nsswitch.conf")]
CASES = [
  dict(id="php-symfony-lock/service-absent-pg-suite", services=["memcached"], env=ENV, cmd="phpunit -c phpunit.pg.xml --testsuite postgres", label=PG, condition="service-absent", why=ABS),
  dict(id="php-symfony-lock/service-absent-all-testdox", env=ENV, cmd="phpunit -c phpunit.pg.xml --testdox", label=PG, condition="service-absent",
       why=ABS + " memcached absent too: MemcachedStoreTest is skipped by its own setUpBeforeClass ('Unable to connect to the memcache host'), which fails nothing.", setup="--testdox output."),
  dict(id="php-symfony-lock/service-absent-one-file", env={"POSTGRES_HOST": "127.0.0.1"}, cmd="phpunit --bootstrap vendor/autoload.php Tests/Store/DoctrineDbalPostgreSqlStoreTest.php", label=PG, condition="service-absent", why=ABS.replace('"localhost"', '"127.0.0.1"') + " (one test file, no config.)"),
  dict(id="php-symfony-lock/host-not-found-postgres", services=["pg", "memcached"], pre=PW, mounts=NSS, env={"POSTGRES_HOST": "postgres"}, cmd="phpunit -c phpunit.pg.xml", label=PG, condition="host-not-found",
       why="POSTGRES_HOST names the CI service-container host 'postgres', which does not resolve (nsswitch hosts: files); PostgreSQL runs on 127.0.0.1, unconfigured: could not translate host name \"postgres\" to address."),
  dict(id="php-symfony-lock/host-not-found-eai-again", services=["pg"], pre=PW, env={"POSTGRES_HOST": "pg.ci.internal"}, cmd="phpunit -c phpunit.pg.xml --testsuite postgres --testdox", label=PG, condition="host-not-found",
       why="POSTGRES_HOST names pg.ci.internal and the namespace's resolver is unreachable (Temporary failure in name resolution); PostgreSQL runs on 127.0.0.1, unconfigured."),
  dict(id="php-symfony-lock/client-absent-pdo-pgsql", services=["pg", "memcached"], pre=PW, env=ENV, mounts=[("/work/s5runs/tools/hide/empty.ini", "/etc/php/8.2/mods-available/pdo_pgsql.ini")],
       cmd="phpunit -c phpunit.pg.xml", label=PG, condition="client-absent", setup="The pdo_pgsql extension's ini (extension=pdo_pgsql) replaced by an empty file: the PostgreSQL PDO driver is not loaded.",
       why="PHP's PostgreSQL PDO driver (pdo_pgsql) is not installed; PostgreSQL store tests fail with 'could not find driver'."),
  dict(id="php-symfony-lock/defect-shared-lock-exclusive", services=["pg", "memcached"], pre=PW, env=ENV, cmd="phpunit -c phpunit.pg.xml",
       defect={"file": "Store/PostgreSqlStore.php", "old": "$sql = 'SELECT pg_try_advisory_lock_shared(:key)';", "new": "$sql = 'SELECT pg_try_advisory_lock(:key)';"},
       label=C, condition="service-present-defect", why="PostgreSQL present; saveRead takes an exclusive advisory lock instead of a shared one, the shared-lock tests fail on assertions (LockConflictedException / assertTrue)."),
  dict(id="php-symfony-lock/defect-sql-column", services=["pg", "memcached"], pre=PW, env=ENV, cmd="phpunit -c phpunit.pg.xml --testsuite postgres",
       defect={"file": "Store/PostgreSqlStore.php", "old": "$sql = \"SELECT count(*) FROM pg_locks WHERE locktype='advisory' AND objid=:key AND pid=pg_backend_pid()\";", "new": "$sql = \"SELECT count(*) FROM pg_locks WHERE locktype='advisory' AND obj_id=:key AND pid=pg_backend_pid()\";"},
       label=C, condition="service-present-defect", why="PostgreSQL present and answering; exists() queries a misspelled column, PostgreSQL rejects the query (SQLSTATE[42703]: Undefined column: column \"obj_id\" does not exist)."),
  dict(id="php-symfony-lock/defect-dbal-expiry-testdox", services=["pg", "memcached"], pre=PW, env=ENV, cmd="phpunit -c phpunit.pg.xml --testsuite postgres --testdox",
       defect={"file": "Store/DoctrineDbalStore.php", "old": "AND $this->expirationCol > {$this->getCurrentTimestampStatement()}\";", "new": "AND $this->expirationCol < {$this->getCurrentTimestampStatement()}\";"},
       label=C, condition="service-present-defect", why="PostgreSQL present; DoctrineDbalStore::exists() compares expiry the wrong way, the DBAL store tests fail on assertions."),
  dict(id="php-symfony-lock/mixed-absent-consensus", env=ENV, cmd="phpunit -c phpunit.pg.xml",
       defect={"file": "Strategy/ConsensusStrategy.php", "old": "return $numberOfSuccess > ($numberOfItems / 2);", "new": "return $numberOfSuccess >= ($numberOfItems / 2);"},
       label=C, condition="mixed-absent-and-defect", why="PostgreSQL absent (its store tests fail with Connection refused) AND ConsensusStrategy::isMet accepts a tie: ConsensusStrategyTest (no server) fails on assertSame."),
]
