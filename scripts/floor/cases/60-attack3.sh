# A third attacker's review: the rules that tie a timeout or a null handle to a refused service
# (verdict.ts withTimeoutsInClient, withHookTimeouts, withHandleConsequences). Each log is broken
# code in a run where redis (ioredis, port 6379) refuses. Sourced by generate.sh.

K=timed-out-test
record $K vitest-timeout-own-deadlock-with-retrying-cache vitest node code ambiguous node-vitest-redis-hang 'vitest run prices.test.js' \
  "prices() catches the cache's refusal and loads from the catalogue, whose loader resolves only when a counter drops below zero (never): the test times out in its own code while the retrying ioredis client logs the refusal under the test's 'stderr |' header."
record $K vitest-timeout-after-logged-typeerror-with-retrying-cache vitest node code high node-vitest-redis-hang 'vitest run receipts.test.js' \
  "receipt() falls back to the list price, then its formatter throws TypeError (reading 'trim') on a wrong currency table, logs it on stderr and never resolves: the test's own stderr shows the TypeError beside the retrying client's refusals."

K=failing-hook
record $K mocha-before-each-waits-for-wrong-event mocha node code ambiguous node-hook-hang 'mocha --exit test/' \
  "start() waits for the server's 'listen' event (it is 'listening'): the beforeEach times out. An unrelated session store (ioredis, loaded with the module, no error listener) logs its refusals meanwhile."
record $K mocha-null-dereference-in-unrelated-test-and-teardown mocha node code high node-mocha-null-unrelated 'mocha --exit test/' \
  "The cache suite's before-all hook is refused by redis; the report test (no service) reads report.body.rows for report.data.rows, and the export suite's after-all reads state.database for state.db: two TypeErrors in code that never touches redis."

# Issue 23: a client created when a module loads retries in the logging of whichever test runs.
K=timed-out-test
record $K vitest-timeout-own-hang-beside-ambient-client vitest node code ambiguous node-vitest-ambient-hang 'vitest run health.test.js' \
  "start() waits for the server's 'listen' event (it is 'listening') and never resolves, so the test times out in its own code; a session store imported with the server (ioredis, created at load, no error listener) retries meanwhile, and vitest prints its refusals under the test's own 'stderr |' header, with nothing else: the same lines a test waiting on that client would show."
