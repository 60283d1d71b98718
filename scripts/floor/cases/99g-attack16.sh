# A sixteenth attacker's review (20c95c1: a teardown's closing call on a null is its refused setup's
# consequence for sure when the receiver, read from a printed source line, is named as a handle and
# the refused setup's printed project line assigns that same name, in one scope by the runner's
# structure). Each log is broken code that fails with its service up too. The holder is stripped
# on both sides: a local the setup declares or assigns (`const client = ...` shadowing the
# describe's `let client`; Python's `conn = ...` in setUp; Ruby's `conn = ...` in before) is read
# as the member or closure variable the teardown closes (`client`, `self.conn`, `@conn`), though a
# local can never set it. And pytest names a module-level test without its file in its section
# headers and short-summary key: two files' `test_export` are read as one test's setup and
# teardown. Nothing listens on 5432; every refusal is a real connect() refused by the kernel.
# Sourced by generate.sh.

PY16=/usr/bin/python3

K=failing-hook
record $K vitest-before-all-const-shadows-client-after-all-releases-outer vitest node code high node-attack16 'vitest run vshadow/' \
  "describe('order export') declares 'let client'; beforeAll declares its own 'const client = await pool.connect()' (refused), so the outer client is never set and afterAll's 'client.release()' throws Cannot read properties of undefined (reading 'release') with PostgreSQL up too. vitest's frame prints both 'let client' and 'const client = ...': the declaration is read as assigning the client the afterAll closes. infrastructure/high on 20c95c1."
record $K rspec-before-local-conn-after-closes-ivar rspec ruby code high rb-attack16 'rspec spec/order_export_spec.rb' \
  "before assigns a local 'conn = PG.connect(**DB)' (refused; no @), after closes '@conn', never set: undefined method 'close' for nil with PostgreSQL up too. 'Got 0 failures and 2 other errors:'; the local conn is read as the @conn the after hook closes. infrastructure/high on 20c95c1."
record $K unittest-setup-local-conn-cleanup-closes-attribute unittest python code high py-attack16/cleanup "$PY16 -m unittest tests.test_invoices_unittest" \
  "setUp registers addCleanup(self.close_db), then assigns a local 'conn = psycopg2.connect(**DSN)' (refused; no self.); close_db's 'self.conn.close()' closes the class default None: 'NoneType' object has no attribute 'close' with PostgreSQL up too, a second ERROR under the test's name. A function's local is read as the attribute self.conn. infrastructure/high on 20c95c1."
record $K pytest-short-same-test-name-two-files-setup-refused-teardown-bug pytest python code high py-attack16/samename "env -u CI $PY16 -m pytest -p no:cacheprovider --tb=short tests" \
  "Run without a CI variable (as on Jenkins), --tb=short. tests/test_orders.py::test_export's db fixture is refused ('conn = psycopg2.connect(**DSN)'); tests/test_report.py::test_export passes, then its own conn fixture, None unless REPORT_ARCHIVE is set, tears down with 'conn.close()': 'NoneType' object has no attribute 'close' with PostgreSQL up too. pytest heads both 'ERROR at setup of test_export' / 'ERROR at teardown of test_export' (the short summary names two files): read as one test's setup and teardown, 2 errors counted as its two phases. infrastructure/high on 20c95c1."
