# A fourth attacker's review (issue 23, branch `see`): the new readings that turn a failure into
# the outage's (a PHP class or function a client defines, PDO's missing driver, a refusal as an
# assertion's actual value, an assertion message that is a connection error, a Python client
# imported as None, a service's server binary that a spawn could not find). Each log is broken
# code; most also show a real refusal (nothing listens on 5432, 6379, 11211, 47311). Sourced by
# generate.sh.

JCP4=/usr/share/java/postgresql.jar:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
PY4=/usr/bin/python3

K=client-named-code
record $K phpunit-project-pg-helper-not-required phpunit php code high php-attack4 'phpunit ReportTest.php' \
  "Report::sql() calls the project's own helper pg_table() (src/pg_helpers.php), whose require_once was dropped: Error: Call to undefined function pg_table(), with the pgsql extension installed; the other test is refused by redis. pg_table is no function of the pgsql extension."
record $K phpunit-predis-class-typo phpunit php code high php-attack4 'phpunit SessionsTest.php' \
  "A typo in an import (use Predis\\Clent for Predis\\Client) with Predis 1.1 installed: Error: Class \"Predis\\Clent\" not found; the other test is refused by redis."
record $K phpunit-pdo-dsn-wrong-prefix-postgres-path phpunit php infrastructure ambiguous php-attack4 'phpunit UserStoreTest.php' \
  "src/Postgres/UserStore.php opens PDO with 'postgresql:host=...' (the driver prefix is pgsql:), so PDO finds no driver although pdo_pgsql is installed: PDOException: could not find driver; the other test is refused by redis. The log cannot tell a wrong prefix from a missing pdo_pgsql."
record $K pytest-listdir-migrations-postgres pytest python code high py-attack4 "$PY4 -m pytest -p no:cacheprovider tests/test_migrate.py" \
  "pending() lists 'migration/postgres' (the folder is migrations/postgres): os.listdir raises FileNotFoundError naming a folder whose last part is 'postgres'; the other test is refused on 5432."
record $K pytest-lazy-import-never-bound pytest python infrastructure ambiguous py-attack4 "$PY4 -m pytest -p no:cacheprovider tests/test_db.py" \
  "db._driver() imports psycopg2 (installed) under a local name and never binds the module-level psycopg2, so psycopg2.connect fails on None: 'NoneType' object has no attribute 'connect'; the other test is refused by redis."
record $K pytest-native-lazy-import-never-bound pytest python infrastructure ambiguous py-attack4 "$PY4 -m pytest -p no:cacheprovider --tb=native tests/test_db.py" \
  "The same lazy import bug under --tb=native."
record $K mocha-spawn-missing-cwd mocha node infrastructure ambiguous node-attack4-spawn 'mocha --exit test/' \
  "The suite starts its own redis-server (installed on the runner) with cwd tmp/redis-data, which the code never creates: Node reports the missing cwd as 'spawn redis-server ENOENT'; another test is refused on 6379."
record $K minitest-system-missing-chdir minitest ruby infrastructure ambiguous rb-attack4-spawn 'ruby server_test.rb --seed 1' \
  "The suite starts its own memcached (installed on the runner) with chdir: tmp/memcached-run, which the code never creates: Ruby's system(exception: true) reports 'Errno::ENOENT: No such file or directory - memcached'; another test is refused on 11211."

K=outage-path-tested
record $K phpunit-expect-exception-unwrapped-predis phpunit php code high php-attack4 'phpunit QuotesTest.php' \
  "The test points the cache at a closed port on purpose and expects the project's App\\QuoteCacheException; Quotes::get() lets Predis's ConnectionException leak unwrapped: Failed asserting that exception of type \"Predis\\Connection\\ConnectionException\" matches expected exception \"App\\QuoteCacheException\"."
record $K phpunit-expect-validation-exception-lost-check phpunit php code high php-attack4 'phpunit StockTest.php' \
  "Stock::level('') must throw InvalidArgumentException before touching redis; the check was lost in a refactor, so the empty SKU goes to Predis and the refusal comes back instead: Failed asserting that exception of type \"Predis\\Connection\\ConnectionException\" matches expected exception \"InvalidArgumentException\". With redis up the test fails too (no exception)."
record $K pytest-returns-error-instead-of-none pytest python code high py-attack4 "$PY4 -m pytest -p no:cacheprovider tests/test_cache.py" \
  "cached_price() must return None when the cache is unreachable; it returns the caught ConnectionError: assert ConnectionError('Error 111 connecting to 127.0.0.1:6379. Connection refused.') is None, where ... = cached_price('A1')."
record $K unittest-returns-error-instead-of-none unittest python code high py-attack4 "$PY4 -m unittest tests.test_cache_unittest" \
  "The same defect under unittest's assertIsNone: AssertionError: ConnectionError('Error 111 ...') is not None."
record $K pytest-raises-unwrapped-client-error pytest python code high py-attack4 "$PY4 -m pytest -p no:cacheprovider tests/test_strict_cache.py" \
  "with pytest.raises(CacheError): the code lets redis's ConnectionError leak unwrapped (the classifier gets this one right)."
record $K junit4-dry-run-connects-fail-tostring junit4 java code ambiguous java-attack4 "javac -cp $JCP4 com/example/WarehouseTest.java && java -cp $JCP4:. org.junit.runner.JUnitCore com.example.WarehouseTest" \
  "dryRunNeverConnects: the exporter ignores its dry-run flag and opens a JDBC connection; the test fails with fail(e.toString()): java.lang.AssertionError: org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused."
record $K junit4-expected-wrapper-got-connect-exception junit4 java code high java-attack4 "javac -cp $JCP4 com/example/QuoteCacheTest.java && java -cp $JCP4:. org.junit.runner.JUnitCore com.example.QuoteCacheTest" \
  "@Test(expected = CacheUnreachable.class): the code lets the socket's ConnectException leak unwrapped: Unexpected exception, expected<...CacheUnreachable> but was<java.net.ConnectException> (infrastructure/high before this branch too)."

K=unrecognised-exception
record $K mocha-require-setup-error-after-logged-refusal mocha node code high node-attack4-mocha-error 'mocha --exit' \
  "A --require'd setup module logs the optional cache's refusal and goes on, then throws FixtureMismatch (a wrong key): mocha prints '✖ ERROR: FixtureMismatch: price fixtures lack B3' and runs no test."

K=mixed-runners
record $K go-json-same-test-name-in-two-packages go-json go code high go-attack4 'go test -json ./...' \
  "Two packages each have a TestStore: store's fails on an off-by-one (Total skips the first line), cache's is refused on 6379. (Go 1.19 prints each package's events together; a newer go interleaves them.)"

# Controls the classifier gets right (before this branch too).
K=outage-path-tested
record $K junit4-assertnull-got-connect-exception junit4 java code high java-attack4 "javac -cp $JCP4 com/example/AuditTest.java && java -cp $JCP4:. org.junit.runner.JUnitCore com.example.AuditTest" \
  "A disabled auditor must record no error; the enabled flag is never checked, so it dials the collector and keeps the ConnectException: expected null, but was:<java.net.ConnectException: Connection refused>."
K=unrecognised-exception
record $K pytest-chained-refusal-then-bare-custom-exception pytest python code ambiguous py-attack4 "$PY4 -m pytest -p no:cacheprovider tests/test_ledger.py" \
  "withdraw() raises Overdraft (no message, a >= for >) while handling the mirror's refusal: pytest chains them, 'E   ledger.Overdraft' and 'ledger.py:17: Overdraft' under the refusal's traceback (the location line is now dropped after the refusal)."
K=mixed-runners
record $K pytest-chained-refusal-then-bare-assert pytest python code high py-attack4 "$PY4 -m pytest -p no:cacheprovider tests/test_catalogue.py" \
  "The fallback to the catalogue filters on the wrong key and 'assert prices' fails inside the except block of the cache's refusal: 'E   assert []', 'tests/test_catalogue.py:13: AssertionError' chained under the refusal."

K=client-named-code
record $K php-cli-pdo-dsn-wrong-prefix-args-shown php php code high php-attack4 'php -d zend.exception_ignore_args=0 -d zend.exception_string_param_max_len=15 bin/migrate.php' \
  "bin/migrate.php opens PDO with 'postgresql:host=...' (the prefix is pgsql:) although pdo_pgsql is installed: PDOException: could not find driver, and the trace shows PDO->__construct('postgresql:hos...') (arguments shown and cut at 15 characters: PHP's defaults without a php.ini, as in the official Docker image). The log shows the defect: PDO has no driver named postgresql (its prefix is pgsql). No refusal here: the script stops first."

K=outage-path-tested
record $K unittest-dry-run-connects-fail-str unittest python code ambiguous py-attack4 "$PY4 -m unittest tests.test_export_unittest" \
  "test_dry_run_never_connects: export() never checks dry_run and publishes to redis; the test fails with self.fail(str(e)): AssertionError: Error 111 connecting to 127.0.0.1:6379. Connection refused. (chained under the refusal's own traceback)."
record $K minitest-assert-raises-validation-lost minitest ruby code high rb-attack4-validation 'ruby stock_test.rb --seed 1' \
  "Stock#level('') must raise ArgumentError before touching redis; the check was lost, so the refusal comes back: [ArgumentError] exception expected, not Class: <Errno::ECONNREFUSED> (the classifier gets this one right)."
record $K rspec-raise-error-validation-lost rspec ruby code high rb-attack4-validation 'rspec --no-color spec' \
  "The same lost check under RSpec: expected ArgumentError, got #<Errno::ECONNREFUSED: ...> (the classifier gets this one right)."
