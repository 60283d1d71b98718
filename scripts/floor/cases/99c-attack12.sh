# A twelfth attacker's review (285c418, branch `teardown`: a teardown's null dereference of a
# closing call, `reading 'close'`, `'NoneType' object has no attribute 'close'`, `undefined method
# `close' for nil`, `Cannot invoke "....close()"`, taken as the consequence of its scope's refused
# setup). Each log is broken code: the handle the teardown closes is not the one the refused setup
# would have made, and the teardown fails with the service up too. Nothing listens on 5432; every
# refusal is a real connect() refused by the kernel. Sourced by generate.sh.

PY12=/usr/bin/python3
JCP12=/usr/share/java/junit-platform-console-standalone.jar:/usr/share/java/postgresql.jar

K=failing-hook
record $K mocha-after-all-typo-in-same-named-suite-of-other-file mocha node code high node-attack12 'mocha --exit msame/' \
  "Two files each open describe('orders'): orders.spec.js's 'before all' is refused by PostgreSQL; orders-report.spec.js's 'after all' closes state.client, which was never set (its server is state.server): TypeError: Cannot read properties of undefined (reading 'close'), with PostgreSQL up too. mocha prints the same suite path 'orders' above both hooks, read as one scope. infrastructure/high on teardown (code before it)."
record $K mocha-dot-after-all-typo-in-same-named-suite-of-other-file mocha node code high node-attack12 'mocha --exit --reporter dot msame/' \
  "The same typo'd after-all in another file's describe('orders') under mocha's dot reporter."
record $K jest-after-all-unset-client-in-other-describe jest node code high node-attack12 'jest jdescribe/' \
  "One file: describe('orders') is refused in its beforeAll; describe('report formatting') assigns this.client in an arrow function (module.exports, not its local client), so its afterAll's 'await client.close()' throws Cannot read properties of undefined (reading 'close') with PostgreSQL up too. jest prints it as the file's 'Test suite failed to run' and its code frame's marked line names 'client'. infrastructure/high on teardown (code before it)."
record $K vitest-after-all-stub-never-returned vitest node code high node-attack12 'vitest run vstub/' \
  "One describe: beforeAll starts a payment stub, then is refused by PostgreSQL; startStub() never returns its server, so afterAll's 'await stub.close()' throws reading 'close' with PostgreSQL up too. The code frames show the refused line assigns db, the failing one closes stub. infrastructure/high on teardown (code before it)."
record $K vitest-after-all-unset-client-in-same-named-describe vitest node code high node-attack12 'vitest run vsame/' \
  "Two describe('orders') blocks in one file (the second for formatting, which needs no database): the first's beforeAll is refused; the second's afterAll closes a client it never assigned (this.client in an arrow function). vitest's 'Failed Suites 2' prints both under 'FAIL vsame/orders.test.js > orders', read as one suite. infrastructure/high on teardown (code before it)."
record $K pytest-module-fixture-teardown-bug-after-refused-function-fixture pytest python code high py-attack12/fixture "$PY12 -m pytest -p no:cacheprovider tests" \
  "A module-scoped stub fixture's teardown calls StubServer.stop(), which closes self._sock (start() stored the socket as self.sock): 'NoneType' object has no attribute 'close' with PostgreSQL up too. pytest reports it as 'ERROR at teardown of' the module's last test, whose function-scoped db fixture was refused: one name, read as that test's refused setup and its teardown. infrastructure/high on teardown (code before it)."
record $K pytest-short-module-fixture-teardown-bug-after-refused-function-fixture pytest python code high py-attack12/fixture "$PY12 -m pytest -p no:cacheprovider --tb=short tests" \
  "The same StubServer.stop() defect under --tb=short."
record $K unittest-cleanup-of-stub-started-before-refusal unittest python code high py-attack12/cleanup "$PY12 -m unittest tests.test_orders_unittest" \
  "setUp starts a stub and registers addCleanup(stub.stop) before the refused psycopg2.connect(); the cleanup closes self._sock, never set (start() stored self.sock): AttributeError: 'NoneType' object has no attribute 'close' with PostgreSQL up too. unittest prints it as a second ERROR under the test's name. infrastructure/high on teardown (code before it)."
record $K minitest-teardown-stub-start-returns-nil minitest ruby code high rb-attack12 'ruby -Ilib test/order_export_test.rb --seed 1234' \
  "setup assigns @stub = PaymentStub.new.start, then PG.connect is refused; start's last line is now a debug warn (nil), so teardown's @stub.close raises undefined method 'close' for nil with PostgreSQL up too. infrastructure/high on teardown (code before it)."
record $K rspec-after-stub-start-returns-nil rspec ruby code high rb-attack12 'rspec spec/order_export_spec.rb' \
  "The same PaymentStub#start returning nil under RSpec: 'Got 0 failures and 2 other errors:', 1.1 the refused '@conn = PG.connect(...)', 1.2 '@stub.close' undefined method 'close' for nil. infrastructure/high on teardown (code before it)."
record $K junit-console-after-each-shadowed-client-field junit-console java code high java-attack12 "rm -rf out && javac -d out -cp $JCP12 com/example/shop/*.java && java -jar /usr/share/java/junit-platform-console-standalone.jar -cp out:/usr/share/java/postgresql.jar --select-class com.example.shop.OrderExportTest --disable-banner --disable-ansi-colors" \
  "@BeforeEach declares a local 'PaymentClient client' that shadows the field, then the JDBC connect is refused; @AfterEach's client.close() throws Cannot invoke \"com.example.shop.PaymentClient.close()\" because \"this.client\" is null with PostgreSQL up too (Suppressed under the refusal). infrastructure/high on teardown; infrastructure/ambiguous before it."

K=foreign-marker
record $K pytest-captured-bare-error-line-then-close-defect pytest python code high py-attack12/captured "$PY12 -m pytest -p no:cacheprovider tests" \
  "CsvExport.open() stores the file as self.fh but close() reads self._fh: AttributeError: 'NoneType' object has no attribute 'close', with PostgreSQL up too. The optional audit log's refusal is only logged ('Error:' alone on a line, then the libpq message) in the test's captured stdout: minitest's unnumbered 'Error:' marker, read as the test holding its hooks' errors. infrastructure/high on teardown (code before it)."
