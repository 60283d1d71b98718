# A seventeenth attacker's review (51c12a6: a teardown's closing call on a null is its refused
# setup's consequence for sure when the receiver, read from a printed source line as it is held
# (`self.conn`, `@conn`, `this.client`, a plain `client`), is named as a handle and the refused
# setup's printed project line assigns that same held name, in one scope by the runner's structure).
# Each log is broken code that fails with its service up too. A held name is compared as text,
# whatever frame printed it: the assignment is read from any project frame of the refusal's
# traceback, though `self`/`@`/a plain name there belong to that frame's own object or function (a
# project's Database.__init__ setting its own self.conn; a module's helper setting its own client;
# one pytest fixture's local conn read as another fixture's local conn). Nothing listens on 5432;
# every refusal is a real connect() refused by the kernel. Sourced by generate.sh.

PY17=/usr/bin/python3

K=failing-hook
record $K unittest-cleanup-closes-self-conn-another-class-assigns unittest python code high py-attack17/helper "$PY17 -m unittest tests.test_invoices_unittest" \
  "setUp registers addCleanup(self.close_db), then 'self.db = Database(DSN)'; shop/db.py's Database.__init__ runs 'self.conn = psycopg2.connect(**dsn)' (refused). close_db's 'self.conn.close()' closes the test case's class default None (the Database holds the connection): 'NoneType' object has no attribute 'close' with PostgreSQL up too. The traceback's frame 'shop/db.py, line 6, in __init__' assigns the Database's self.conn, read as the test case's. infrastructure/high on 51c12a6."
record $K pytest-short-two-fixtures-each-local-conn pytest python code high py-attack17/twofix "env -u CI $PY17 -m pytest -p no:cacheprovider --tb=short tests" \
  "Run without a CI variable (as on Jenkins), --tb=short. One test, two fixtures: db's 'conn = psycopg2.connect(**DSN)' is refused ('tests/test_orders.py:23: in db'); archive's own local conn is None unless REPORT_ARCHIVE is set and its teardown runs 'conn.close()' ('tests/test_orders.py:18: in archive'): 'NoneType' object has no attribute 'close' with PostgreSQL up too. Two functions' locals named alike are read as one plain variable the setup assigned and the teardown closed. infrastructure/high on 51c12a6."
record $K vitest-after-all-releases-own-client-module-helper-assigns vitest node code high node-attack17 'vitest run vhelper/' \
  "describe('order export') declares 'let client'; beforeAll calls 'await db.open()' (it was 'client = await db.open()'), whose lib/db.js line 'client = await pool.connect()' (the module's own client) is refused and printed as vitest's frame ('Module.open vhelper/lib/db.js:7:12'). afterAll's 'client.release()' reads 'release' of the describe's client, never set: with PostgreSQL up too. The helper module's variable is read as the describe's. infrastructure/high on 51c12a6."
record $K rspec-after-closes-ivar-another-class-assigns rspec ruby code high rb-attack17 'rspec spec/order_export_spec.rb' \
  "before assigns '@db = Database.new(DB)'; lib/database.rb's initialize runs '@conn = PG.connect(**dsn)' (refused), which RSpec prints as Failure/Error (the backtrace: './lib/database.rb:5:in initialize', './spec/order_export_spec.rb:7:in new'). after's '@conn.close' closes the example's @conn, never set (the Database holds it): undefined method 'close' for nil with PostgreSQL up too. 'Got 0 failures and 2 other errors:'; the Database's @conn is read as the example's. infrastructure/high on 51c12a6."
