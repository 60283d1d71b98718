# A thirteenth attacker's review (854b4e3, branch `teardown`: a teardown's closing call on a null
# is the refused setup's consequence only when its receiver, read from a source line or Java's
# typed NPE, is named as a handle to a service and, where the refused setup's source line shows an
# assignment, is the same name). Each log is broken code: the teardown fails with the service up
# too, on an object the refused setup never made. The names agree only by wording: no assignment
# is printed (a refusal with no code frame, RSpec's `let`, minitest, Java), a library frame
# assigns the same word (psycopg2's `conn = _connect(...)`), a line holds two closing calls, or a
# null dereference is not a closing call at all (`reading 'query'`). Nothing listens on 5432;
# every refusal is a real connect() refused by the kernel. Sourced by generate.sh.

PY13=/usr/bin/python3
JCP13=/usr/share/java/junit-platform-console-standalone.jar:/usr/share/java/postgresql.jar

K=failing-hook
record $K jest-after-all-closes-misnamed-import-refusal-without-frame jest node code high node-attack13 'jest jnoframe/' \
  "describe('orders') connects a pg Client in beforeAll (refused; jest prints no code frame for it); describe('price cache') closes 'priceCache', an export price-cache.js never had (it exports 'cache'): Cannot read properties of undefined (reading 'close') in the file's 'Test suite failed to run', with PostgreSQL up too. The receiver's word 'cache' reads as a service handle and no assignment is printed to compare it with. infrastructure/high on teardown (code before it)."
record $K jest-after-all-second-call-on-line-closes-shadowed-server jest node code high node-attack13 'jest jtwocalls/' \
  "beforeAll declares 'const server' (shadowing the describe's), then 'db = await pool.connect()' is refused; afterAll's 'await Promise.all([db?.release(), server.close()])' throws reading 'close' on server (the caret points at it), with PostgreSQL up too. The first closing call on the marked line, db?.release(), is read as the receiver: a handle, the one the refused line assigns. infrastructure/high on teardown (code before it)."
record $K jest-after-all-query-on-missing-property-in-other-describe jest node code high node-attack13 'jest jquery/' \
  "describe('orders') is refused in its beforeAll; describe('audit log') cleans up with 'audit.db.query(...)', but AuditLog keeps its pool as this.pool: Cannot read properties of undefined (reading 'query') in the file's 'Test suite failed to run', with PostgreSQL up too. A null 'query' is no closing call, so no receiver is checked at all. infrastructure/high on teardown (code before it)."
record $K vitest-after-all-second-call-on-line-closes-shadowed-server vitest node code high node-attack13 'vitest run vtwocalls/' \
  "The same shadowed server under vitest's 'Failed Suites 1': afterAll's 'Promise.all([db?.release(), server.close()])' reads 'close' of undefined on server, read as db. infrastructure/high on teardown (code before it)."
record $K pytest-module-stub-closes-unset-conn-named-like-refused-conn pytest python code high py-attack13/fixture "env -u CI $PY13 -m pytest -p no:cacheprovider tests" \
  "Run without a CI variable (as on Jenkins, which sets none), so pytest cuts its short summary's lines to the terminal's width. A module-scoped stub fixture's StubServer.stop() closes self._conn, the accepted client connection, which is None unless a client connected: 'NoneType' object has no attribute 'close' with PostgreSQL up too, reported as 'ERROR at teardown of' the test whose db fixture was refused. Its receiver 'conn' is the name the refused fixture's line ('conn = psycopg2.connect(...)') and psycopg2's own frame ('conn = _connect(...)') assign. infrastructure/high on teardown (code before it)."
record $K pytest-ci-module-stub-closes-unset-conn-named-like-refused-conn pytest python code high py-attack13/fixture "$PY13 -m pytest -p no:cacheprovider tests" \
  "The same StubServer.stop() under CI=true: pytest's summary prints the AttributeError again in full, a closing call no source line names. infrastructure/ambiguous on teardown (code before it)."
record $K unittest-cleanup-stub-closes-unset-conn-named-like-refused-conn unittest python code high py-attack13/cleanup "$PY13 -m unittest tests.test_orders_unittest" \
  "The same StubServer.stop() (self._conn is None until a client connects) as an addCleanup registered before the refused psycopg2.connect(): a second ERROR under the test's name, receiver 'conn', the word psycopg2's frame assigns. infrastructure/high on teardown (code before it)."
record $K rspec-after-closes-nil-outbox-queue-refused-let rspec ruby code high rb-attack13 'rspec spec/order_export_spec.rb' \
  "before assigns @outbox_queue = Outbox.new.start, whose last line is now a debug warn (nil); after's '@outbox_queue.close' raises undefined method 'close' for nil with PostgreSQL up too. The refusal's Failure/Error line is a 'let(:conn) { PG.connect(...) }', no assignment, and 'queue' (an in-process Ruby Queue) reads as a service handle. infrastructure/high on teardown (code before it)."
record $K minitest-teardown-closes-nil-outbox-queue minitest ruby code high rb-attack13 'ruby -Ilib test/order_export_test.rb --seed 1234' \
  "The same Outbox#start returning nil under minitest: setup assigns @outbox_queue before the refused PG.connect (minitest prints no source for the refusal); teardown's @outbox_queue.close raises undefined method 'close' for nil with PostgreSQL up too. infrastructure/high on teardown (code before it)."
record $K junit-console-after-each-closes-conn-only-another-test-opens junit-console java code high java-attack13 "rm -rf out && javac -d out -cp $JCP13 com/example/shop/*.java && java -jar /usr/share/java/junit-platform-console-standalone.jar -cp out:/usr/share/java/postgresql.jar --select-class com.example.shop.OrderExportTest --disable-banner --disable-ansi-colors" \
  "@AfterEach closes reportConn, a java.sql.Connection only exportsTheMonthlyReport opens: Cannot invoke \"java.sql.Connection.close()\" because \"this.reportConn\" is null after every other test, with PostgreSQL up too (Suppressed under the @BeforeEach refusal). Java prints no assignment; the type is a service client's. infrastructure/high on teardown; infrastructure/ambiguous before it."
record $K rspec-nested-after-context-closes-nil-client-refused-outer-example rspec ruby code high rb-attack13 'rspec spec/order_report_spec.rb' \
  "The outer group's only example is refused by PostgreSQL (let(:conn)); the nested context 'report formatting', whose example passes, has an after(:context) that closes @report_client, which nothing assigns: undefined method 'close' for nil with PostgreSQL up too, printed as 'An error occurred in an after(:context) hook' (3 levels deep, the refusal 2). The file's failing examples were all refused and 'client' reads as a service handle. infrastructure/high on teardown (code before it)."
