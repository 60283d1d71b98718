# doctrine/dbal 3.6.1 (57815c7bbcda3cd18871d253c1dd8cbe56f8526e, as Debian's php-doctrine-dbal 3.6.1+dfsg-1) with its own
# PHPUnit tests and its CI phpunit configs (ci/github/phpunit/pdo_pgsql.xml, pgsql.xml: db_host localhost, postgres/postgres,
# db doctrine_tests). Debian's php 8.2 + phpunit 9.6.7; vendor/autoload.php is a stand-in (PSR-4 of src/ and tests/ +
# Debian's autoloaders of doctrine/cache, event-manager, deprecations, psr/cache, psr/log, symfony/cache, symfony/console).
# Three extra configs are copies of the CI ones with one <var> changed (db_host postgres / db.ci.internal, db_password secret).
ROOT = "/work/s5src/dbal"
PROJECT = {"root": ROOT, "runner": "phpunit", "project": "doctrine/dbal",
           "version": "3.6.1 (57815c7bbcda3cd18871d253c1dd8cbe56f8526e), PHP 8.2.36, PHPUnit 9.6.7, PostgreSQL 15; baseline with PostgreSQL (pdo_pgsql and pgsql configs): tests/Functional 1082 tests 647 skipped OK; Functional/Platform 28 OK; DataAccessTest 58 OK; Functional/Connection 23 OK; Platforms/PostgreSQLPlatformTest 209 OK"}
PW = "su postgres -c \"psql -h $R2_STATE/pgsock -qc \\\"alter user postgres password 'postgres'\\\"\""
PG = ("infrastructure", "high", "postgresql")
C = ("code", "high", "")
def U(cfg, path, extra=""):
    return f"phpunit -c ci/github/phpunit/{cfg}.xml --bootstrap vendor/autoload.php {extra}{path}"
ABS = "PostgreSQL was not started in the namespace; every functional test fails in FunctionalTestCase::connect with Doctrine\\DBAL\\Exception\\ConnectionException ... connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused."
NSS = [("/work/s5runs/tools/nsswitch-files.conf", "/etc/nsswitch.conf")]
HIDE = "/work/s5runs/tools/hide/empty.ini"
CASES = [
  dict(id="php-doctrine-dbal/service-absent-platform", cmd=U("pdo_pgsql", "tests/Functional/Platform"), label=PG, condition="service-absent", why=ABS),
  dict(id="php-doctrine-dbal/service-absent-pgsql-connection", cmd=U("pgsql", "tests/Functional/Connection"), label=PG, condition="service-absent",
       why="PostgreSQL was not started; with the native pgsql driver every functional test fails with Doctrine\\DBAL\\Exception\\ConnectionException: ... pg_connect(): Unable to connect to PostgreSQL server: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused."),
  dict(id="php-doctrine-dbal/service-absent-stop-on-error", cmd=U("pdo_pgsql", "tests/Functional", "--stop-on-error "), label=PG, condition="service-absent", why=ABS + " (--stop-on-error: one error, then the run stops.)"),
  dict(id="php-doctrine-dbal/host-not-found-postgres", services=["pg"], pre=PW, mounts=NSS, cmd=U("pdo_pgsql-service-host", "tests/Functional/Platform"), label=PG, condition="host-not-found",
       why="db_host names the CI service-container host 'postgres', which does not resolve (nsswitch hosts: files); PostgreSQL runs on 127.0.0.1, unconfigured: could not translate host name \"postgres\" to address: Name or service not known."),
  dict(id="php-doctrine-dbal/host-not-found-pgsql-eai-again", services=["pg"], pre=PW, cmd=U("pgsql-internal-host", "tests/Functional/Connection", "--testdox "), label=PG, condition="host-not-found",
       why="db_host names db.ci.internal and the namespace's resolver is unreachable: pg_connect(): ... could not translate host name \"db.ci.internal\" to address: Temporary failure in name resolution (native pgsql driver, --testdox)."),
  dict(id="php-doctrine-dbal/client-absent-pdo-pgsql", services=["pg"], pre=PW, mounts=[(HIDE, "/etc/php/8.2/mods-available/pdo_pgsql.ini")], cmd=U("pdo_pgsql", "tests/Functional/Platform"), label=PG, condition="client-absent",
       setup="The pdo_pgsql extension's ini replaced by an empty file: PHP's PostgreSQL PDO driver is not loaded.",
       why="PHP's pdo_pgsql driver is not installed: Doctrine\\DBAL\\Exception\\DriverException: An exception occurred in the driver: could not find driver."),
  dict(id="php-doctrine-dbal/client-absent-pgsql-ext", services=["pg"], pre=PW, mounts=[(HIDE, "/etc/php/8.2/mods-available/pgsql.ini")], cmd=U("pgsql", "tests/Functional/Connection"), label=PG, condition="client-absent",
       setup="The pgsql extension's ini replaced by an empty file: PHP's native PostgreSQL extension is not loaded.",
       why="PHP's pgsql extension is not installed: Error: Call to undefined function pg_connect() from DBAL's PgSQL driver."),
  dict(id="php-doctrine-dbal/defect-date-diff", services=["pg"], pre=PW, cmd=U("pdo_pgsql", "tests/Functional/Platform"),
       defect={"file": "src/Platforms/PostgreSQLPlatform.php", "old": "return '(DATE(' . $date1 . ')-DATE(' . $date2 . '))';", "new": "return '(DATE(' . $date2 . ')-DATE(' . $date1 . '))';"},
       label=C, condition="service-present-defect", why="PostgreSQL present; the platform's date-difference expression subtracts the wrong way round, DateExpressionTest fails on assertEquals."),
  dict(id="php-doctrine-dbal/defect-locate-syntax", services=["pg"], pre=PW, cmd=U("pgsql", "tests/Functional/DataAccessTest.php"),
       defect={"file": "src/Platforms/PostgreSQLPlatform.php", "old": "return 'POSITION(' . $substr . ' IN ' . $str . ')';", "new": "return 'POSITION(' . $substr . ' INTO ' . $str . ')';"},
       label=C, condition="service-present-defect", why="PostgreSQL present and answering; the platform's LOCATE expression is invalid SQL and PostgreSQL rejects it (SQLSTATE 42601 syntax error at or near \"INTO\")."),
  dict(id="php-doctrine-dbal/config-wrong-password", services=["pg"], pre=PW, cmd=U("pdo_pgsql-wrong-password", "tests/Functional/Connection"), label=C, condition="service-present-defect",
       setup="A copy of the CI config with db_password 'secret' (the server's is 'postgres').",
       why="PostgreSQL present and refusing the login: FATAL: password authentication failed for user \"postgres\" (a configuration defect, as go-amqp091/wrong-password)."),
  dict(id="php-doctrine-dbal/mixed-absent-sequence-name", cmd="sh -c '" + U("pdo_pgsql", "tests/Functional/Platform") + "; a=$?; " + U("pdo_pgsql", "tests/Platforms/PostgreSQLPlatformTest.php") + "; b=$?; exit $((a|b))'",
       defect={"file": "src/Platforms/PostgreSQLPlatform.php", "old": "return $tableName . '_' . $columnName . '_seq';", "new": "return $tableName . '_' . $columnName . '_sequence';"},
       label=C, condition="mixed-absent-and-defect", why="PostgreSQL absent (the functional Platform tests fail with Connection refused) AND getIdentitySequenceName appends '_sequence': PostgreSQLPlatformTest (no server) fails on assertSame('mytable_mycolumn_seq', ...)."),
]

# MariaDB 10.11 with the CI configs ci/github/phpunit/mysqli.xml and pdo_mysql.xml (root, empty password, 127.0.0.1:3306);
# "pre" lets root@localhost log in over TCP with an empty password (as the CI's MySQL container). Baseline: Functional/Platform
# 28 (2 skipped), DataAccessTest 58 (2 skipped), Functional/Connection 23: OK with both drivers.
MY = open("/work/s5runs/tools/mysql-root.sh").read().strip()
MQ = ("infrastructure", "high", "mysql")
PROJECT["version"] += "; MariaDB 10.11 (mysqli and pdo_mysql configs): Functional/Platform 28, DataAccessTest 58, Functional/Connection 23 OK"
CASES += [
  dict(id="php-doctrine-dbal/mysql-service-absent-mysqli", cmd=U("mysqli", "tests/Functional/Connection"), label=MQ, condition="service-absent",
       why="MariaDB was not started; every functional test fails with Doctrine\\DBAL\\Exception\\ConnectionException ... Connection refused (mysqli, 127.0.0.1:3306)."),
  dict(id="php-doctrine-dbal/mysql-service-absent-pdo-testdox", cmd=U("pdo_mysql", "tests/Functional/DataAccessTest.php", "--testdox "), label=MQ, condition="service-absent",
       why="MariaDB was not started; every functional test fails with SQLSTATE[HY000] [2002] Connection refused (pdo_mysql, --testdox)."),
  dict(id="php-doctrine-dbal/mysql-host-not-found-mysqli", services=["mysql"], pre=MY, mounts=NSS, cmd=U("mysqli-service-host", "tests/Functional/Platform"), label=MQ, condition="host-not-found",
       why="db_host names the CI service-container host 'mysql', which does not resolve (nsswitch hosts: files); MariaDB runs on 127.0.0.1, unconfigured: php_network_getaddresses: getaddrinfo for mysql failed: Name or service not known."),
  dict(id="php-doctrine-dbal/mysql-host-not-found-pdo-eai-again", services=["mysql"], pre=MY, cmd=U("pdo_mysql-internal-host", "tests/Functional/Connection"), label=MQ, condition="host-not-found",
       why="db_host names mariadb.ci.internal and the namespace's resolver is unreachable: getaddrinfo for mariadb.ci.internal failed: Temporary failure in name resolution (pdo_mysql)."),
  dict(id="php-doctrine-dbal/mysql-client-absent-mysqli", services=["mysql"], pre=MY, mounts=[(HIDE, "/etc/php/8.2/mods-available/mysqli.ini")], cmd=U("mysqli", "tests/Functional/Connection"), label=MQ, condition="client-absent",
       setup="The mysqli extension's ini replaced by an empty file: PHP's mysqli extension is not loaded.",
       why="PHP's mysqli extension is not installed: DBAL's Mysqli driver fails with Error: Class \"mysqli\" not found."),
  dict(id="php-doctrine-dbal/mysql-defect-locate", services=["mysql"], pre=MY, cmd=U("mysqli", "tests/Functional/DataAccessTest.php"),
       defect={"file": "src/Platforms/AbstractMySQLPlatform.php", "old": "return 'LOCATE(' . $substr . ', ' . $str . ')';", "new": "return 'LOCATE(' . $str . ', ' . $substr . ')';"},
       label=C, condition="service-present-defect", why="MariaDB present; the MySQL platform's LOCATE expression swaps its arguments, DataAccessTest::testLocateExpression fails on assertEquals."),
  dict(id="php-doctrine-dbal/mysql-defect-datediff-syntax", services=["mysql"], pre=MY, cmd=U("pdo_mysql", "tests/Functional/Platform", "--testdox "),
       defect={"file": "src/Platforms/AbstractMySQLPlatform.php", "old": "return 'DATEDIFF(' . $date1 . ', ' . $date2 . ')';", "new": "return 'DATEDIFF(' . $date1 . ', ' . $date2 . ',)';"},
       label=C, condition="service-present-defect", why="MariaDB present and answering; the MySQL platform's DATEDIFF expression has a stray comma and MariaDB rejects it (SQLSTATE[42000] 1064 syntax error)."),
]
