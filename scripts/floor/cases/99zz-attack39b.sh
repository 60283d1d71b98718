# Attack 39b (fresh eyes on s10 at 5db03f6): Ginkgo v1 (Debian's golang-github-onsi-ginkgo-dev 1.16.5) suites run by
# go test, and runner totals read per runner. All refusals are real: nothing listening, `unshare --net` with lo up.
# Sourced by generate.sh.

# 1. A Ginkgo suite under `go test -v -ginkgo.succinct`. No dialect reads Ginkgo or Gomega: go's `=== RUN TestCart` opens
# ONE unit for the whole suite, and every spec's output is in it. A passing spec's code logs the optional Redis price
# cache's real refusal (log.Printf, then it computes the price); another spec fails on Gomega's 'Expected <float64>: 100
# to equal <float64>: 90', which no rule reads. Without -ginkgo.succinct, Ginkgo's '=====' banner under 'Running Suite:'
# ends the unit by accident (a quiet marker) and nothing is read: code/ambiguous.
P39B_GK=go-attack39b-ginkgo-cache-fallback
A39B_GKCMD='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/cart && cd $G/src/github.com/acme/cart && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test ARGS"'
a39b_gk() { local c=${A39B_GKCMD//PRE /$1}; printf '%s' "${c//ARGS/$2}"; }
A39B_GK_WHY="cart.go's Total gives 10% off when 'sum > 100' where 'sum >= 100' was meant, so the Ginkgo spec 'Total gives 10% off from 100 up' fails on Gomega's 'Expected <float64>: 100 to equal <float64>: 90' (also with Redis up: the -redis-up control). Each Total call first asks the optional Redis price cache (a hand-made RESP GET on 127.0.0.1:6379; nothing listening) and logs 'price cache unavailable, computing: dial tcp 127.0.0.1:6379: connect: connection refused' before computing, so the passing spec and the failing one both log a real refusal."
A39B_GK_BLAME="At 5db03f6 no dialect reads Ginkgo's '• Failure', '[Fail]', 'Summarizing N Failure' or 'FAIL! -- 1 Passed | 1 Failed' nor Gomega's 'Expected ... to equal ...': go's '=== RUN TestCart' is the suite's one unit, its only finding is the logged refusal, and the run is infrastructure/high [redis] (network.refused.endpoint). Under -ginkgo.succinct the suite's banner is one line ('[seed] Cart Suite - 2/2 specs'); Ginkgo's default '=====' banner line happens to close the unit (a quiet marker of another runner) and hides the refusal, which is why plain -v is code/ambiguous."
record unknown-failure-text go-v-ginkgo-succinct-gomega-equal-beside-logged-cache-refusal go go code high $P39B_GK \
  "$(a39b_gk '' '-v -ginkgo.succinct -ginkgo.noColor')" "$A39B_GK_WHY $A39B_GK_BLAME"
record unknown-failure-text go-v-ginkgo-succinct-color-gomega-equal-beside-logged-cache-refusal go go code high $P39B_GK \
  "$(a39b_gk '' '-v -ginkgo.succinct')" "$A39B_GK_WHY In Ginkgo's default colours. $A39B_GK_BLAME"
record unknown-failure-text go-v-ginkgo-succinct-gomega-equal-redis-up go go code high $P39B_GK \
  "$(a39b_gk 'ci/with-redis.sh env ' '-v -ginkgo.succinct -ginkgo.noColor')" \
  "Control: the first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): the cache has no such key, Total computes, and the spec fails the same way on 'Expected <float64>: 100 to equal <float64>: 90'."

# 2. One runner run twice by one `npm test` (a unit run and an integration run, as separate invocations). a4d6dd9 keeps
# each runner's count at its LARGEST ("one runner's totals printed twice still count once") and adds up different
# runners' counts: two runs of the same runner are taken for one run's count printed twice, so the unit run's counted
# failure (printed nowhere else) is covered by the integration run's one refused test.
K=report-to-file
P39B_JJ=jest-attack39b-summary-reporter-then-jest
W39B_JJ="reserve() tests \`left > qty\` where \`>=\` was meant, so jest's unit test 'reserves the last units' fails with the project's OversoldError (also with PostgreSQL up: the -postgres-up control). The unit run uses jest's summary reporter (totals only: 'Tests:       1 failed, 1 passed, 2 total'; it lists failing tests only above 20 suites) and jest-junit for CI's upload; then jest runs again on test/integration with its default reporter: one test refused by PostgreSQL (nothing on 127.0.0.1:5432), 'Tests:       1 failed, 1 total'. At 5db03f6 (a4d6dd9, classifier.ts reportedBy) both 'Tests:' lines are jest's pattern, so its count is max(1, 1) = 1, not 2: the one refused unit covers it and the run is infrastructure/high [postgresql] for a run whose log says a unit test failed. (jest's unit totals then mocha's '1 failing' add up since a4d6dd9; jest then jest does not.)"
record $K jest-summary-reporter-counted-failure-then-jest-refused-npm-test-script jest javascript code ambiguous $P39B_JJ \
  'unshare --net sh -c "ip link set lo up; npm test"' "$W39B_JJ"
record $K jest-summary-reporter-counted-failure-then-jest-refused-npm-run-all-silent jest javascript code ambiguous $P39B_JJ \
  'unshare --net sh -c "ip link set lo up; npm run test:all"' "The same run through \`npm-run-all --silent --continue-on-error test:unit test:integration\` (npm run test:all). $W39B_JJ"
record $K jest-summary-reporter-counted-failure-then-jest-refused-postgres-up jest javascript code ambiguous $P39B_JJ \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh npm test"' \
  "Control: the first case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the integration ping passes, jest's unit totals still say 'Tests: 1 failed' (OversoldError, in reports/unit.xml) and npm test exits 1."

# 3. vitest's report-to-file cap (a4d6dd9: 'JUNIT report written to' with no vitest totals printed is silentFailures)
# asks whether ANY 'Test Files' line is in the log: a second vitest run's totals lift the cap for the first run's.
P39B_VV=vitest-attack39b-junit-file-then-vitest
W39B_VV="reserve() tests \`left > qty\` where \`>=\` was meant, so vitest's unit test 'reserves the last units' fails with the project's OversoldError (also with PostgreSQL up: the -postgres-up control). The unit run writes its results only to reports/unit.xml (--reporter=junit --outputFile, for CI's test-report upload): the log shows only 'JUNIT report written to .../reports/unit.xml'. Then vitest runs again on test/integration with its default reporter: one test refused by PostgreSQL (nothing on 127.0.0.1:5432), ' Test Files  1 failed (1)', '      Tests  1 failed (1)'. At 5db03f6 (a4d6dd9) the cap (VITEST_REPORT_FILE without VITEST_TOTALS: silentFailures) is lifted by ANY vitest totals in the log, here the integration run's, which say nothing of the unit run; its one refused unit covers vitest's count (1) and the run is infrastructure/high [postgresql] for a real defect."
record $K vitest-junit-file-then-vitest-refused-npm-test-script vitest javascript code ambiguous $P39B_VV \
  'unshare --net sh -c "ip link set lo up; npm test"' "$W39B_VV"
record $K vitest-junit-file-then-vitest-refused-npm-run-all-silent vitest javascript code ambiguous $P39B_VV \
  'unshare --net sh -c "ip link set lo up; npm run test:all"' "The same run through \`npm-run-all --silent --continue-on-error test:unit test:integration\` (npm run test:all). $W39B_VV"
record $K vitest-junit-file-then-vitest-refused-postgres-up vitest javascript code ambiguous $P39B_VV \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh npm test"' \
  "Control: the first case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the integration ping passes, the unit run still fails on OversoldError (in reports/unit.xml) and npm test exits 1."

# 4. pytest run twice by one CI script: the unit run with --tb=no -rN (progress and totals only; its details go to a
# JUnit file), then the integration run in full. Without -q both totals are '=== 1 failed ... ===' lines of pytest's
# one pattern, kept at their largest (a4d6dd9): 1, covered by the integration run's refused test. With -q the unit
# run's totals ('1 failed, 1 passed in 0.01s', no '=' rule) are read by no pattern at all.
P39B_PY=pytest-attack39b-two-runs
W39B_PY="shop/stock.py's reserve() tests 'left > qty' where '>=' was meant, so tests/unit's test_reserves_the_last_units fails with the project's OversoldError (also with PostgreSQL up: the -postgres-up control). scripts/test.sh runs pytest on tests/unit with --tb=no -rN --junitxml=reports/unit.xml (the log shows its progress 'F.' and totals only), then pytest on tests/integration, whose one test is refused by PostgreSQL (psycopg2; nothing on 127.0.0.1:5432)."
record $K pytest-tb-no-unit-failure-then-pytest-refused pytest python code ambiguous $P39B_PY \
  'unshare --net sh -c "ip link set lo up; sh scripts/test.sh"' "$W39B_PY At 5db03f6 both runs' totals ('=== 1 failed, 1 passed in ...s ===', '=== 1 failed in ...s ===') are pytest's pattern and a4d6dd9 keeps its largest, 1, not 2; the integration run's one refused unit covers it: infrastructure/high [postgresql]."
record $K pytest-q-tb-no-unit-failure-then-pytest-refused pytest python code ambiguous $P39B_PY \
  'unshare --net sh -c "ip link set lo up; UNIT_ARGS=-q sh scripts/test.sh"' "$W39B_PY The unit run is also -q, so its totals are '1 failed, 1 passed in 0.01s' with no '=' rule: pytest's pattern (python.ts reportedFailures, '^=+ ') reads no count of it at all, and the integration run's one refused unit is all the log's failures: infrastructure/high [postgresql] at 5db03f6."
record $K pytest-tb-no-unit-failure-then-pytest-postgres-up pytest python code ambiguous $P39B_PY \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh scripts/test.sh"' \
  "Control: the first case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the integration test passes, the unit run still fails (OversoldError, in reports/unit.xml) and the script exits 1."
