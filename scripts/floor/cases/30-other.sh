# Shell, make, Python, Ruby, Java, Elixir, C++ (Boost.Test) and Rust recipes. Sourced by
# generate.sh, which defines record and $PY (Debian's python3, which has pytest and mypy).
JCP=/usr/share/java/postgresql.jar:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar

K=other-program-before-pass
record $K make-k-python-keyerror-then-go-ok make other code high make-keyerror-go 'make -k test' \
  "The fixtures step dies of a Python KeyError ('scone' has no price); go test then prints ok for every package (the database test skipped as refused), and make fails."
record $K make-python-keyerror-then-go-fail-refused make other code high make-keyerror-go-fail 'make test' \
  "A Python KeyError in the fixture generator, then go test where only the store package's test was refused and calc is ok."
record $K prove-shell-syntax-error-then-ok prove shell code high prove-syntax-error 'prove -v t/' \
  "helpers.sh has a syntax error (an if without fi), printed just before the slug test's 'ok 1'; the database test was refused."
record $K shell-tap-syntax-error-then-ok script shell code high sh-tap-syntax-error 'bash run-tests.sh && bash -n lib.sh' \
  "lib.sh's max() has a syntax error reported before TAP's 'ok 1'; the cache check is skipped as refused, and bash -n fails on the same syntax error."

K=unknown-failure-text
record $K cmp-golden-after-tolerated-refusal script shell code high sh-cmp-golden 'bash check.sh' \
  "totals.py truncates 41.995 to 41.99 and cmp reports the golden file differs; the cache warm-up's refusal was tolerated."
record $K normal-diff-then-refused-curl script shell code high sh-diff-normal 'bash check.sh' \
  "A normal diff (3c3, <, >) shows the wrong total; the optional search health check afterwards is refused and skipped, then the script exits with the diff's status."
record $K unified-diff-after-refusal script shell code high sh-diff-unified 'bash check.sh' \
  "A unified diff of the report shows total 41.99 instead of 42.00; the db smoke test's ConnectionRefusedError was printed and skipped before it."
record $K check-marks-after-refusal script shell code high sh-check-marks 'bash check.sh' \
  "A script's own check lines report ✗ totals: 41.99 != 42.00; the cache warm-up before it was refused and tolerated."
record $K check-marks-then-refused-traceback script shell code high sh-check-marks-refusal-last 'bash check.sh' \
  "✗ totals: 41.99 != 42.00 decides the exit status; the optional publish step's ConnectionRefusedError traceback comes last and is tolerated."
record $K bats-assertion-and-refused bats shell code high bats-totals 'bats total.bats' \
  "total.sh drops the cents (bats: [ \"\$output\" = \"41.99\" ] failed); a separate test's /dev/tcp connect to redis is refused."
record $K bats-setup-comment-and-curl-refused bats shell code high bats-slug 'bats slug.bats' \
  "slug.sh keeps punctuation (a failed comparison); setup prints a postgres refusal as a TAP comment and another test's curl is refused."
record $K bats-run-status-and-refused bats shell code high bats-setup-refused 'bats cli.bats' \
  "version.sh reads a misspelled file (cat: VERISON: No such file), failing its status check; the queue test was refused."
record $K boost-check-equal-and-refused boost-test cpp code high boost-ledger 'g++ -std=c++17 -o t test.cpp -lboost_unit_test_framework && ./t' \
  "Boost.Test: check total_cents(...) == 4200 has failed (float truncation); the database_reachable case's connect was refused."
record $K boost-check-close-with-refused-fixture boost-test cpp code high boost-geometry 'g++ -std=c++17 -o t test.cpp -lboost_unit_test_framework && ./t' \
  "Boost.Test: BOOST_CHECK_CLOSE fails because degrees are passed to sin(); the suite fixture's redis refusal was tolerated (runs uncached)."
record $K boost-require-and-refused boost-test cpp code high boost-require 'g++ -std=c++17 -o t test.cpp -lboost_unit_test_framework && ./t --log_level=test_suite' \
  "Boost.Test: critical check p.size() == 3u has failed (the last pair is dropped); the mysql_schema case's connect was refused."
record $K tox-mypy-errors-then-refused-pytest tox python code high tox-mypy 'tox' \
  "mypy --strict reports real type errors (Optional returned as int, int returned as str); the unit env has one refused postgres test."
record $K tox-refused-pytest-then-mypy-error tox python code high tox-mypy-after 'tox' \
  "The unit env's only failure is a refused redis test; the typecheck env after it reports a real type error (str + float)."

K=mixed-runners
record $K pytest-assertion-and-refused-fixture pytest python code high py-pytest-mixed "$PY -m pytest" \
  "apply() divides the percentage twice (assert 99.9 == 90.0) among tests whose db fixture was refused."
record $K pytest-keyerror-and-refused pytest python code high py-pytest-keyerror "$PY -m pytest -q" \
  "greeting() reads the wrong key (KeyError: 'first_name'); the cache test's connection was refused."
record $K unittest-assertion-and-refused-setup unittest python code high py-unittest-mixed "$PY -m unittest -v test_report" \
  "mean() divides by n-1 (AssertionError: 6.0 != 4); the mongo tests' setUp was refused."
record $K test-unit-failure-among-refused test-unit ruby code high rb-testunit-mixed 'ruby -Itest test/test_store.rb' \
  "slug() strips digits (a test-unit Failure: block) among six tests whose setup's TCPSocket was refused."
record $K test-unit-power-assert-among-refused test-unit ruby code high rb-testunit-power-assert 'ruby test/test_cart.rb' \
  "Cart#total ignores quantities (a power-assert diagram in a Failure: block) among five refused redis tests."
record $K minitest-failure-among-refused minitest ruby code high rb-minitest-mixed 'ruby test_queue.rb --seed 1' \
  "Backoff#delay grows linearly (Expected: 400 Actual: 300) among refused broker tests."
record $K junit4-assertion-and-jdbc-refused junit4 java code high java-junit-mixed "javac -cp $JCP InvoiceTest.java && java -cp $JCP:. org.junit.runner.JUnitCore InvoiceTest" \
  "totalCents skips the first line (expected:<4200> but was:<2201>); the other test's JDBC connection was refused."
record $K junit4-npe-and-wrapped-jdbc-refused junit4 java code high java-junit-repo "javac -cp $JCP RepositoryTest.java && java -cp $JCP:. org.junit.runner.JUnitCore RepositoryTest" \
  "region() dereferences a missing country (NullPointerException); the repository test's JDBC refusal on 5433 is wrapped with Caused by: lines."
record $K exunit-assertion-and-refused exunit elixir code high ex-mixed 'mix test' \
  "Ledger.balance adds refunds (an assertion with left/right) beside a test whose :gen_tcp.connect got {:error, :econnrefused}."
record $K exunit-trace-assertion-and-refused exunit elixir code high ex-mixed 'mix test --trace' \
  "The same ledger defect under --trace, with the refused postgres test beside it."
record $K exunit-setup-all-refused-and-assertion exunit elixir code high ex-setup-all 'mix test' \
  "CacheTest's setup_all is refused by redis; CurrencyTest fails an assertion on its own (currency codes lower-cased)."
record $K cargo-assert-and-refused cargo rust code high rust-assert 'cargo test --offline' \
  "split() loses the remainder (assert_eq left 99 right 100); the postgres test's TcpStream::connect was refused."
record $K cargo-index-panic-and-refused cargo rust code high rust-index 'cargo test --offline' \
  "word() indexes past the end (index out of bounds panic); the redis test's connect was refused."
record $K cargo-integration-thread-panic-and-refused cargo rust code high rust-thread 'cargo test --offline' \
  "A worker thread divides by zero on an empty chunk and join().unwrap() panics; the nats test was refused."

K=unknown-failure-text
record $K cargo-test-sigkill cargo rust infrastructure ambiguous rust-sigkill 'cargo test --offline -- --test-threads=1 --nocapture' \
  "Worker::stop SIGKILLs the test process itself (signal: 9, SIGKILL) inside b_stops_worker; only a_reports_to_the_broker was refused."
record $K cargo-test-abort cargo rust infrastructure ambiguous rust-abort 'cargo test --offline -- --test-threads=1 --nocapture' \
  "percent() aborts on the valid value 100 (signal: 6, SIGABRT) inside b_full_percentage; only the mysql test was refused."

K=restatement
record $K jdbc-nondefault-port-caused-by java-main java infrastructure ambiguous java-jdbc-port "javac Report.java && java -cp /usr/share/java/postgresql.jar:. Report" \
  "PgJDBC's refusal on 127.0.0.1:5433 (a port typo in the code) is followed by its Caused by: java.net.ConnectException: Connection refused, a restatement of the same event."
record $K wrapped-cache-client-caused-by java-main java infrastructure ambiguous java-wrapped-cache "javac CacheCheck.java && java CacheCheck" \
  "IllegalStateException names the configured 127.0.0.1:6380 (not the cache's usual port); its Caused by: ConnectException only restates it."
