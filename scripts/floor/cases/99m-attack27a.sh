# Attack 27a (29f6fa7: "two tests of one name printed as one unit count as two", units.ts `identities`).
# Two tests of one name are still judged as ONE unit: the second test's failure is read after the
# first one's refusal, so a null handle there is the refusal's "consequence" (classifier.ts) and a
# timeout there sits beside a sure refusal. Before 29f6fa7 the runner's count caught it ("reports 2
# but printed 1": infrastructure/ambiguous); the identities now count the merged unit twice, so
# every failure looks printed and explained: infrastructure/high. Each defect fails with its service
# up too. Nothing listens on 5432 or 6379; the refusals are real. Sourced by generate.sh.

K=same-name
record $K jest-same-title-null-handle-after-refused-twin jest node code high jest-attack27a-same-title-null-handle \
  'jest --ci' \
  "describe.each runs 'SessionStore' twice (ioredis, then an in-memory FakeRedis) under one title. SessionStore.save() uses this.opts.redis, left over from a refactor (the constructor keeps opts.redis as this.redis): TypeError: Cannot read properties of undefined (reading 'redis') in the FakeRedis run, a defect that fails with Redis up too. Jest prints two '● SessionStore › saves and loads a session' under one FAIL header: one unit, whose first half is the refused ioredis run (MaxRetriesPerRequestError), so the TypeError is read as the refusal's consequence; 29f6fa7's jest n-th-title identity then counts the unit as the two failures 'Tests: 3 failed' needs: infrastructure/high [redis] (1f27b19: infrastructure/ambiguous, 'reports 3 failure(s) but printed 2')."

record $K jest-same-title-timeout-after-refused-twin jest node code high jest-attack27a-same-title-timeout \
  'jest --ci' \
  "describe.each runs 'Queue' twice (ioredis store, then an in-memory store) under one title. Queue.drain() waits for a 'drained' event without checking that nothing is pending, so awaiting it after the last push never resolves: 'Exceeded timeout of 1000 ms' in the in-memory run, a code hang that times out with Redis up too. Both '● Queue › drains after the last job' blocks are one unit (the first refused: MaxRetriesPerRequestError), the timeout sits beside a sure refusal, and 29f6fa7 counts the unit twice: infrastructure/high [redis] (1f27b19: infrastructure/ambiguous, 'reports 2 failure(s) but printed 1')."

record $K pytest-same-name-two-files-none-conn-after-refused-twin pytest python code high pytest-attack27a-same-name-two-files \
  "$PY -m pytest -p no:cacheprovider tests" \
  "tests/redis_backend/test_store.py::test_roundtrip and tests/sqlite_backend/test_store.py::test_roundtrip. open_sqlite() creates the table and forgets 'return conn', so SqliteStore gets None: AttributeError: 'NoneType' object has no attribute 'cursor', a defect that fails with Redis up too. pytest heads both failures '___ test_roundtrip ___': one unit, whose first half is the refused Redis run, so the None cursor is read as the refusal's consequence; 29f6fa7 counts the two short-summary paths as two printed failures: infrastructure/high [redis] (1f27b19: infrastructure/ambiguous, 'reports 2 failure(s) but printed 1')."

JCP27=/usr/share/java/junit-platform-console-standalone.jar:/usr/share/java/postgresql.jar
record $K junit-console-same-class-two-packages-npe-after-refused-twin junit-console java code high junit-console-attack27a-same-class-two-packages \
  "rm -rf out && javac -d out -cp $JCP27 com/acme/orders/*.java com/acme/orders/*/*.java && java -jar /usr/share/java/junit-platform-console-standalone.jar -cp out:/usr/share/java/postgresql.jar --select-package com.acme --disable-banner --disable-ansi-colors" \
  "com.acme.orders.db.OrderRepositoryTest and com.acme.orders.unit.OrderRepositoryTest both have customerOfReadsTheOrder(). OrderRepository.customerOf() inverts its cache check (if (cached == null) return cached;), so a remembered order goes to the database: the unit test, which passes a null Connection because a cached order needs none, fails with NullPointerException 'Cannot invoke \"java.sql.Connection.prepareStatement(String)\" because \"this.conn\" is null' (with PostgreSQL up the db test fails too: expected <ada> but was <null>). The console launcher prints both as 'JUnit Jupiter:OrderRepositoryTest:customerOfReadsTheOrder()': one unit, whose first half is PgJDBC's refusal, so the NPE on this.conn is read as its consequence; 29f6fa7 counts the two MethodSource lines as two printed failures: infrastructure/high [postgresql] (1f27b19: infrastructure/ambiguous, 'reports 2 failure(s) but printed 1')."
