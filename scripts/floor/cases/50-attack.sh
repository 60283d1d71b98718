# An attacker's review of the burden of proof (issue 21): failure text the classifier does not see
# as a failure, inside a unit whose own lines also show a refusal, and a failure printed after the
# last concluded test. Sourced by generate.sh.
JCP4=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar

K=unrecognised-exception
record $K pytest-stopiteration-in-fallback pytest python infrastructure ambiguous py-fallback-stopiteration "$PY -m pytest -p no:cacheprovider" \
  "rate() falls back to a table when redis refuses, and the fallback looks the code up in the wrong case: next() raises StopIteration (E   StopIteration), an exception whose name has no Error suffix."
record $K pytest-native-stopiteration-in-fallback pytest python infrastructure ambiguous py-fallback-stopiteration "$PY -m pytest -p no:cacheprovider -q --tb=native" \
  "The same StopIteration under --tb=native: a plain Python traceback chain, the refusal then 'During handling' then StopIteration."
record $K unittest-stopiteration-in-fallback unittest python infrastructure ambiguous py-fallback-stopiteration "$PY -m unittest -v test_rates_ut" \
  "The same StopIteration under unittest's ERROR block, after the refusal and 'During handling of the above exception'."
record $K pytest-line-stopiteration-in-fallback pytest python code ambiguous py-fallback-stopiteration "$PY -m pytest -p no:cacheprovider -q --tb=line" \
  "The same StopIteration under --tb=line: the refusal is not in the unit's lines, so the unit shows no cause."
# Not recorded: py-finally-stopiteration. With amount 250 the defective comparison still finds a tier,
# so the run prints only the refusal: nothing in the log shows the defect (SPEC's floor makes that
# infrastructure/high), so it is no honest broken-code log.
record $K pytest-logged-refusal-then-stopiteration pytest python infrastructure ambiguous py-logged-stopiteration "$PY -m pytest -p no:cacheprovider" \
  "first_free() logs that the stock cache refused and goes on (Captured log call), then raises StopIteration on a wrong comparison that fails whether or not redis is there."
record $K pytest-logged-refusal-then-dotted-exception pytest python infrastructure ambiguous py-logged-custom-exception "$PY -m pytest -p no:cacheprovider" \
  "reserve() refuses the last item (inventory.OutOfStock, <= for <) and first_free() raises StopIteration, each after a logged refusal of the stock cache."
record $K unittest-logged-refusal-then-custom-exception unittest python code ambiguous py-logged-custom-exception "$PY -m unittest -v test_inventory_ut" \
  "The same project under unittest: the logged refusals go to stderr beside the dots, outside both failing tests."
record $K rspec-runtimeerror-raised-in-rescue rspec ruby infrastructure ambiguous rb-rspec-rescue-raise 'rspec' \
  "Rates.rate rescues ECONNREFUSED and looks the code up in the wrong case, raising RuntimeError (printed by RSpec as the class on its own line, the message below), caused by the refusal."
record $K rspec-runtimeerror-raised-in-ensure rspec ruby infrastructure ambiguous rb-rspec-ensure-raise 'rspec' \
  "Ledger.post's ensure block raises RuntimeError on a hash frozen by mistake, whether or not the audit queue answers; RSpec shows it with the queue's refusal under '--- Caused by: ---'."
record $K junit4-suppressed-close-failure junit4 java infrastructure ambiguous java-junit-suppressed "javac -cp $JCP4 AuditTest.java && java -cp $JCP4:. org.junit.runner.JUnitCore AuditTest" \
  "AuditLog.close() throws IllegalStateException after any write (pending is never cleared); try-with-resources prints it as 'Suppressed:' under the write's refusal."
record $K surefire-suppressed-close-failure surefire java infrastructure ambiguous java-mvn-suppressed 'mvn -o -B test' \
  "The same AuditLog under Maven Surefire 3.2.5 and JUnit 5 (offline, from ~/.m2): the test's block shows the refusal and, below its frames, 'Suppressed: java.lang.IllegalStateException'."
record $K mocha-custom-error-name-after-logged-refusal mocha node infrastructure ambiguous node-mocha-custom-error 'mocha' \
  "withdraw() logs that the balance mirror refused and goes on, then throws Overdraft (an Error subclass named without 'Error') on a >= for >; mocha prints 'Overdraft: balance 10, withdrawal 10'."
record $K node-test-tap-custom-error-name-after-logged-refusal node-test node infrastructure ambiguous node-mocha-custom-error 'node --test --test-reporter=tap nodetest/' \
  "The same ledger under node:test's TAP reporter: the logged refusal is a '# ' diagnostic before 'not ok 2 - may empty the account', whose YAML shows the Overdraft."
record $K node-test-spec-custom-error-name-after-logged-refusal node-test node infrastructure ambiguous node-mocha-custom-error 'node --test --test-reporter=spec nodetest/' \
  "The same ledger under node:test's spec reporter."

K=after-last-test
record $K go-testmain-leak-check-after-refused-test go go infrastructure ambiguous go-testmain-leak 'go test -count=1 ./...' \
  "TestMain fails the package after m.Run() because End() never deletes a session ('session leak check failed: 1 sessions still open'); TestMirror was refused."
record $K go-v-testmain-leak-check-after-refused-test go go infrastructure ambiguous go-testmain-leak 'go test -count=1 -v ./...' \
  "The same under go test -v: the leak check's line comes after the last --- FAIL and FAIL, before the package's FAIL line."
record $K go-json-testmain-leak-check-after-refused-test go go infrastructure ambiguous go-testmain-leak 'go test -count=1 -json ./...' \
  "The same under go test -json: the leak check's line is a package-level output event."

K=unrecognised-exception
record $K exunit-custom-exception-after-printed-refusal exunit elixir infrastructure ambiguous ex-custom-exception 'elixir ledger_test.exs' \
  "withdraw() prints that the balance mirror refused and goes on, then raises Overdraft (a defexception; ExUnit prints '** (Overdraft) ...' indented) on a >= for >."
record $K exunit-custom-exception-refusal-in-a-passing-test exunit elixir code high ex-refusal-in-other-test 'elixir ledger_test.exs' \
  "The failing test never touches the service: a passing test (ExUnit prints only '.') printed the mirror's refusal, then withdraw() raises Overdraft on a >= for >."
record $K phpunit-custom-exception-after-printed-refusal phpunit php code ambiguous php-custom-exception 'phpunit LedgerTest.php' \
  "withdraw() prints that the balance mirror refused and goes on, then throws Overdraft (PHPUnit: 'Overdraft: balance 10, withdrawal 10', ERRORS!) on a >= for >."
