# A fifth attacker's review (issue 23, branch `see`): the readings added since the fourth (a
# refusal where the test wanted what only a server answers, SERVER_ANSWER and wantedAnswer; go's
# `expected error to match regexp R, got G`; PHPUnit's sections that list no failures). Each log is
# broken code; nothing listens on 6379 or 9200, and every refusal is a real connect() refused by
# the kernel. Sourced by generate.sh.

JCP5=/usr/share/java/postgresql.jar:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
PY5=/usr/bin/python3

K=server-answer-expected
record $K go-fake-server-500-base-url-ignored go go code high go-attack5 'go test ./search -run TestCountReportsServerError' \
  "The test starts its own httptest server answering 500 and expects 'server error'; Client.url() ignores the configured BaseURL and always dials the default 127.0.0.1:9200: expected server error, got Get \"http://127.0.0.1:9200/...\": dial tcp 127.0.0.1:9200: connect: connection refused. No service is needed: the test brings its own server."
record $K go-v-fake-server-404-regexp-base-url-ignored go go code high go-attack5 'go test -v ./search -run TestCountMissingIndex' \
  "The same ignored BaseURL; the test's own server answers 404 and the test wants 'does not exist': expected error to match regexp \"does not exist\", got Get ...: dial tcp 127.0.0.1:9200: connect: connection refused."
record $K go-json-fake-server-base-url-ignored go-json go code high go-attack5 'go test -json ./search' \
  "Both search tests (500 and 404 from the test's own httptest server) under go test -json; the client ignores its BaseURL and dials 127.0.0.1:9200."
record $K go-missing-file-falls-back-to-store go go code high go-attack5 'go test ./config' \
  "config.Load on a missing file must return an error wrapping fs.ErrNotExist; the defect sends every read error to the shared settings store on 127.0.0.1:6379 instead: expected file does not exist, got dial tcp 127.0.0.1:6379: connect: connection refused. The test needs no service."
record $K phpunit-expect-own-exception-validation-lost phpunit php code high php-attack5 'phpunit QuotaTest.php' \
  "Quota::consume() must throw App\\QuotaExceededException for an amount over the plan before touching redis; the check was lost, so the call goes to redis and the project's own wrapper App\\CacheUnavailableException comes back: Failed asserting that exception of type \"App\\CacheUnavailableException\" matches expected exception \"App\\QuotaExceededException\". Message was: \"Connection refused [tcp://127.0.0.1:6379]\". Both classes are the project's (same namespace root App), neither is a server's answer; with redis up the test fails too."
record $K phpunit-testdox-expect-own-exception-validation-lost phpunit php code high php-attack5 'phpunit --testdox QuotaTest.php' \
  "The same lost over-limit check under PHPUnit's --testdox."
record $K pytest-fake-server-500-base-url-ignored pytest python code high py-attack5 "$PY5 -m pytest -p no:cacheprovider tests/test_search_helper.py" \
  "The test starts its own http.server answering 500 and wants 'server error'; Client._url() ignores base_url and dials the default 127.0.0.1:9200; the test fails with pytest.fail(mismatch('server error', e)): Failed: expected server error, got <urlopen error [Errno 111] Connection refused>, chained under the refusal's traceback."
record $K pytest-short-fake-server-500-base-url-ignored pytest python code high py-attack5 "$PY5 -m pytest -p no:cacheprovider --tb=short tests/test_search_helper.py" \
  "The same ignored base_url under --tb=short."
record $K unittest-fake-server-500-base-url-ignored unittest python code high py-attack5 "$PY5 -m unittest tests.test_search_helper_unittest" \
  "The same ignored base_url under unittest: self.fail(mismatch('server error', e)): AssertionError: expected server error, got <urlopen error [Errno 111] Connection refused>."

K=ignored-section
record $K phpunit-risky-debug-output-fail-on-risky phpunit php code high php-attack5 'phpunit -c phpunit-strict.xml ReceiptTest.php' \
  "phpunit-strict.xml sets beStrictAboutOutputDuringTests and failOnRisky: Receipt::render() keeps a debugging var_dump(), so testRender is risky ('This test printed output: array(1) {...') and fails the run (exit 2 with redis up too); the other test is refused by redis. The totals say 'Errors: 1, Risky: 1'."
record $K phpunit-testdox-risky-debug-output-fail-on-risky phpunit php code high php-attack5 'phpunit -c phpunit-strict.xml --testdox ReceiptTest.php' \
  "The same leftover var_dump() under --testdox."

# Controls the classifier gets right.
K=server-answer-expected
record $K junit4-fake-server-500-base-url-ignored junit4 java code high java-attack5 "javac -cp $JCP5 com/example/SearchClientTest.java && java -cp $JCP5:. org.junit.runner.JUnitCore com.example.SearchClientTest" \
  "The Java form of the ignored base URL (com.sun.net.httpserver answering 500): ComparisonFailure: expected:<[server error: 500]> but was:<[java.net.ConnectException: Connection refused]> (code/high on see)."
record $K pytest-fake-server-500-literal-message pytest python code high py-attack5 "$PY5 -m pytest -p no:cacheprovider tests/test_search.py" \
  "The ignored base_url with the message written in the assert itself (assert ..., f\"expected server error, got {err}\"): pytest's '>' source line shows the expectation (code/high on see, by that line)."

# run-tests.php (.phpt): BORK is read as a pass, and the expected output (`NNN- `) is never read.
RT5='NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=/usr/bin/php php /usr/lib/php/20220829/build/run-tests.php --show-diff'
K=ignored-section
record $K phpt-borked-section-typo phpt php code high phpt-attack5 "$RT5 borked" \
  "borked/003-total.phpt misspells its --EXPECT-- section (--EXPCET--): run-tests.php reports 'BORK Unknown section \"EXPCET\"', 'Tests borked : 1' and exits 1 for it (REPORT_EXIT_STATUS) even with redis up; the other .phpt is refused by redis."
K=server-answer-expected
# Left out of the floor (see __fixtures__/floor/README.md, "Left out"): the test script dies of an uncaught
# refusal on the cache's default port, which is what every runner prints when the cache is down.
# record $K phpt-expected-rejection-got-refusal phpt php infrastructure ambiguous phpt-attack5 "$RT5 tests/001-quota-over-plan.phpt" \
#   "The .phpt form of the lost over-plan check: the test expects 'rejected' (001- rejected) without needing the cache; the check was lost, so the call reaches redis and the refusal comes out as an uncaught App\\CacheUnavailableException. The log shows only the expected output, not why: at most possibly infrastructure."

K=client-named-code
record $K pytest-import-guard-inverted pytest python code high py-attack5 "$PY5 -m pytest -p no:cacheprovider tests/test_cache_client.py" \
  "cache.client() guards the optional redis import with an inverted test (is not None for is None), so with redis 4.3 installed it raises its own ImportError: redis is not installed: pip install redis. No connection is made."

K=refusal-quoted-as-data
record $K phpt-expected-refusal-attempts-off-by-one phpt php code high phpt-attack5 "$RT5 retry" \
  "A .phpt of the error path: it dials the closed 127.0.0.1:6379 on purpose and expects 'gave up after 3 attempts: Connection refused [tcp://127.0.0.1:6379]'; Retry::run() reports one attempt fewer. The diff shows the refusal on both sides (001+ ... 2 attempts ..., 001- ... 3 attempts ...): the refusal is what the test expected, the defect is the count."
record $K go-expected-refusal-attempts-off-by-one go go code high go-attack5 'go test ./retry' \
  "retry.Dial's test checks the error path against the closed 127.0.0.1:6379 on purpose and wants 'gave up after 3 attempts: dial tcp ...: connection refused'; the first attempt is not counted: got \"gave up after 2 attempts: ...refused\", want \"gave up after 3 attempts: ...refused\". The refusal is on both sides: what the test expected; the defect is the count."

# Controls: the same expected refusal and off-by-one count in other runners (code on see).
record $K phpunit-expected-refusal-attempts-off-by-one phpunit php code high php-attack5 'phpunit RetryTest.php' \
  "The PHPUnit form: assertSame('gave up after 3 attempts: Connection refused [tcp://127.0.0.1:6379]', ...) fails with a --- Expected / +++ Actual diff of the two refusal messages."
record $K pytest-expected-refusal-attempts-off-by-one pytest python code high py-attack5 "$PY5 -m pytest -p no:cacheprovider tests/test_retry.py" \
  "The pytest form: assert str(info.value) == 'gave up after 3 attempts: [Errno 111] Connection refused' (code/high on see, by the pytest.raises source line)."
record $K unittest-expected-refusal-attempts-off-by-one unittest python code high py-attack5 "$PY5 -m unittest tests.test_retry_unittest" \
  "The unittest form: assertEqual of the two refusal messages."

# A teardown that hangs in the project's own code while its scope's setup was refused: the
# timeout is taken as the refused setup's consequence (verdict.ts withHandleConsequences, and
# vitest's two errors under one suite name).
K=timed-out-test
record $K mocha-after-all-stop-waits-for-wrong-event mocha node infrastructure ambiguous node-attack5 'mocha --exit hang/' \
  "Queue.stop() waits for a 'drained' event the queue never emits (it emits 'drain'), so the 'after all' hook times out whether or not redis is up; the 'before all' hook is refused on 6379. The log shows a hook timeout beside a refused setup, not why the teardown hung."
record $K vitest-after-all-stop-waits-for-wrong-event vitest node infrastructure ambiguous node-attack5 'vitest run vhang/' \
  "The same Queue.stop() defect under vitest: 'Failed Suites' prints the beforeAll refusal and the afterAll's 'Hook timed out in 1000ms.' under the same suite name."
record $K jest-after-all-stop-waits-for-wrong-event jest node infrastructure ambiguous node-attack5 'jest jhang/' \
  "Control: the same defect under jest (infrastructure/ambiguous on see: the hook timeout stays unexplained)."

K=client-named-code
record $K phpunit-extension-guard-inverted phpunit php code high php-attack5 'phpunit SessionsTest.php' \
  "Sessions::client() guards phpredis with an inverted test (extension_loaded for !extension_loaded), so with the redis extension loaded it throws its own RuntimeException: The redis extension is not loaded. No connection is made."

K=ignored-section
record $K unittest-unexpected-success-leftover-decorator unittest python code ambiguous py-attack5 "$PY5 -m unittest tests.test_unexpected_unittest" \
  "A leftover @unittest.expectedFailure on a passing test: unittest fails the run for the unexpected success (FAILED (errors=1, unexpected successes=1)) and lists no details for it; the other test is refused on 6379. reportedFailures reads only the first count."
record $K unittest-v-unexpected-success-leftover-decorator unittest python code ambiguous py-attack5 "$PY5 -m unittest -v tests.test_unexpected_unittest" \
  "The same under -v ('test_total ... unexpected success')."

# Controls: a returned refusal where nothing was expected (a disabled auditor that dials anyway) in
# the JavaScript runners (code on see; EXPECTED_NOTHING drops only a lone `expected: null` line).
K=outage-path-tested
record $K mocha-strictequal-null-got-refusal mocha node code high node-attack5 'mocha --exit test/' \
  "Auditor.record() never checks its enabled flag and keeps the refusal: assert.strictEqual(a.lastError, null) fails with the error object as the actual value."
record $K vitest-tobenull-got-refusal vitest node code high node-attack5 'vitest run vt/' \
  "The same under vitest: expected Error: connect ECONNREFUSED 127.0.0.1:6379 { …(5) } to be null."
record $K jest-tobenull-got-refusal jest node code high node-attack5 'jest jt/' \
  "The same under jest: expect(received).toBeNull(), Received: [Error: connect ECONNREFUSED 127.0.0.1:6379]."
