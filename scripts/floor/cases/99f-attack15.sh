# A fifteenth attacker's review (10291af: a teardown's closing call on a null is its refused
# setup's consequence for sure only when the setup's printed source line assigns the very name the
# teardown closed, in one scope by the runner's structure; `timesOutOn` port-matched). Each log is
# broken code that fails with its service up too. The receiver is read as its last identifier only
# (`audit.client`, `log.conn`, `@audit.conn` read as the setup's `client`/`conn`); the setup's
# assignment is read from a library's frame too (psycopg2's `conn = _connect(...)`); a null that is
# no closing call (`reading 'query'`, `no attribute 'cursor'`) is taken without any receiver check;
# a refusal of a node earlier in the run is taken as the cause of a later timeout on that node even
# after the log shows it accepting connections and a test passing against it. Nothing listens on
# 5432; the timeout recipe starts memcached on 11411 (the CI service's port here) one second after
# the JVM, as a CI service container without a health check does, stops it by its pid, and keeps
# the command's exit status. Sourced by generate.sh.

PY15=/usr/bin/python3
JCP15=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:/usr/share/java/spymemcached.jar

K=failing-hook
record $K vitest-after-all-closes-other-objects-client-named-like-assigned vitest node code high node-attack15 'vitest run vaudit/' \
  "One describe: beforeAll's 'client = await pool.connect()' is refused (vitest's frame prints it); afterAll's 'await audit.client.close()' closes a property AuditLog never had (it keeps this.conn): Cannot read properties of undefined (reading 'close'), with PostgreSQL up too. The receiver is read as 'client', the name the refused line assigns, though the frame shows it is audit's. infrastructure/high on 10291af (code before it)."
record $K mocha-after-all-query-on-missing-property-same-suite mocha node code high node-attack15 'mocha --exit mquery/' \
  "One describe: 'before all' is refused by PostgreSQL; 'after all' cleans up with 'audit.db.query(...)', but AuditLog keeps its pool as this.pool: Cannot read properties of undefined (reading 'query') with PostgreSQL up too. A null 'query' is no closing call, so mocha's lack of source (ambiguous for a closing call) is never weighed and no receiver is checked. infrastructure/high before and after 10291af."
record $K vitest-after-all-query-on-missing-property-same-suite vitest node code high node-attack15 'vitest run vquery/' \
  "The same audit.db.query(...) under vitest's Failed Suites: the code frame shows the null is audit.db, a name the refused line ('client = await pool.connect()') never assigned, yet a null 'query' is taken as the refused setup's consequence unchecked. infrastructure/high before and after 10291af."
record $K pytest-other-fixture-teardown-closes-attribute-named-like-refused-conn pytest python code high py-attack15/fixture "env -u CI $PY15 -m pytest -p no:cacheprovider tests/test_orders.py" \
  "Run without a CI variable (as on Jenkins). The test's audit fixture tears down with 'log.conn.close()', AuditLog's lazily opened connection, None when the test recorded nothing: 'NoneType' object has no attribute 'close' with PostgreSQL up too. The conn fixture's refused line is 'conn = psycopg2.connect(**DSN)': the receiver of log.conn is read as the same 'conn'. infrastructure/high on 10291af (code before it)."
record $K pytest-other-fixture-teardown-cursor-of-none pytest python code high py-attack15/fixture "$PY15 -m pytest -p no:cacheprovider tests/test_cleanup.py" \
  "The same audit fixture tearing down with 'with log.conn.cursor() as cur:': 'NoneType' object has no attribute 'cursor' with PostgreSQL up too, reported as 'ERROR at teardown of' the test whose conn fixture was refused. A null that is no closing call is taken as the refused setup's consequence with no receiver check, now that pytest's setup and teardown errors count as one unit's two phases. infrastructure/high on 10291af (infrastructure/ambiguous before it)."
record $K unittest-cleanup-closes-conn-only-library-frame-assigns unittest python code high py-attack15/cleanup "$PY15 -m unittest tests.test_invoices_unittest" \
  "setUp registers addCleanup(self.close_report), then 'self.db = psycopg2.connect(**DSN)' is refused; close_report's 'self.conn.close()' closes the reporting connection only open_report() sets (the class default is None): 'NoneType' object has no attribute 'close' with PostgreSQL up too. The project's line assigns 'db'; psycopg2's own frame below it ('conn = _connect(...)') is read as the setup assigning 'conn'. infrastructure/high on 10291af (code before it)."
record $K rspec-after-closes-other-objects-conn-named-like-assigned rspec ruby code high rb-attack15 'rspec spec/order_export_spec.rb' \
  "before assigns @audit = AuditLog.new(DB), then '@conn = PG.connect(**DB)' is refused; after's '@audit.conn.close' closes AuditLog's lazily opened connection, nil when the example recorded nothing: undefined method 'close' for nil with PostgreSQL up too. 'Got 0 failures and 2 other errors:'; @audit.conn is read as the @conn the refused Failure/Error line assigns. infrastructure/high on 10291af (code before it)."

K=timed-out-test
record $K junitcore-spymemcached-nanosecond-budget-after-service-came-up junitcore java code high java-attack15/timeout \
  "rm -rf out && javac -d out -cp $JCP15 com/acme/catalog/*.java || exit \$?; mc_user=; [ \"\$(id -u)\" = 0 ] && mc_user='-u nobody'; (sleep 1; exec memcached \$mc_user -l 127.0.0.1 -p 11411 -U 0) & mc=\$!; MEMCACHED_PORT=11411 java -Dnet.spy.log.LoggerImpl=net.spy.memcached.compat.log.SunLogger -Djava.util.logging.config.file=logging.properties -cp out:$JCP15 org.junit.runner.JUnitCore com.acme.catalog.CatalogCacheFallbackTest com.acme.catalog.PriceCacheTest; rc=\$?; kill \$mc; wait \$mc 2>/dev/null; exit \$rc" \
  "memcached (the CI service on 11411) comes up a second after the tests start. The first test's client finds 127.0.0.1:11411 not yet up and serves from source (it passes, logging 'Connection Status { /127.0.0.1:11411 active: false'); PriceCacheTest waits for the port ('memcached accepts connections on 127.0.0.1:11411'), storesAPrice passes against it, and readsBackAStoredPrice fails on PriceCache.get's 250 ms budget waited as nanoseconds: Timed out waiting for operation - failing node: /127.0.0.1:11411. The same port's earlier refusal is read as the cause, though the log shows the node answering since. infrastructure/high on 10291af (code/ambiguous before it)."
