# Attack 30a (fresh-eyes broad attack on main at 908b7af). Sourced by generate.sh.
# A runner's machine-readable report printed to the job log: mocha's `--reporter json`, `json-stream` and `doc`, vitest's
# `--reporter=json`. No dialect splits these into units and no totals line is read from them (mocha's "failures": 2,
# json-stream's ["end",{...,"failures":1}], vitest's "numFailedTests"), so the log is judged by the error that ended
# the run (verdict.ts judgeByFatal): a refusal anywhere in it is infrastructure/high, and a failure no code rule reads
# (a project's own Error subclass, a plain `Error:`, a thrown string or object, a mocha timeout) is not seen at all.
# The 400c17c guard (`reported > 0`: "the runner counted its failures and no test's own lines could be read") does not
# fire, because the runner's count is in JSON (or, for `doc`, absent).
# mocha 10, vitest 2, pg 8 (scripts/floor/node/package.json); node 20; PostgreSQL 15 for the controls.
A30A_UP='s#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh #'
A30A_WHY_REFUSED="reserve() tests \`left > qty\` where \`>=\` was meant, so 'reserves the last units' fails with the project's own 'OversoldError: cannot reserve 3 of apple: 3 left' (no code rule reads it), also with PostgreSQL up (the -postgres-up control); the other failing test is a real ping refused by PostgreSQL (nothing listening on 127.0.0.1:5432)."
A30A_WHY_AUDIT="reserve() tests \`left > qty\` where \`>=\` was meant, so 'reserves the last units' fails with the project's own 'OversoldError: cannot reserve 3 of apple: 3 left' (no code rule reads it), the run's ONLY failure, also with PostgreSQL up (the -postgres-up control). No test fails on a service: a PASSING test of a best-effort audit write console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432' and returns false, as designed."

for r in json json-stream doc; do
  record structured-report "mocha-$r-reporter-custom-error-unread-beside-refused-test" mocha javascript code high mocha-attack30a-json-reporter-refused-test \
    "unshare --net sh -c \"ip link set lo up; mocha --reporter $r\"" \
    "$A30A_WHY_REFUSED Under mocha's '$r' reporter no dialect splits the log into units and the runner's count of failures is not read, so judgeByFatal takes the refusal as the error that ended the run and the unread OversoldError as nothing: infrastructure/high [postgresql] for a run with a real defect (under the spec, dot, min, tap, list, xunit reporters the same run is infrastructure/ambiguous)."
  record structured-report "mocha-$r-reporter-custom-error-unread-beside-refused-test-postgres-up" mocha javascript code high mocha-attack30a-json-reporter-refused-test \
    "$(printf '%s' "unshare --net sh -c \"ip link set lo up; mocha --reporter $r\"" | sed "$A30A_UP")" \
    "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): the ping passes, 'reserves the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left' (control)."
  record structured-report "mocha-$r-reporter-custom-error-unread-passing-audit-logged-refusal" mocha javascript code high mocha-attack30a-json-reporter-audit-fallback \
    "unshare --net sh -c \"ip link set lo up; mocha --reporter $r\"" \
    "$A30A_WHY_AUDIT Under mocha's '$r' reporter no dialect splits the log into units and the runner's count is not read; the passing test's warning is the only error line, so judgeByFatal takes it as the error that ended the run: infrastructure/high [postgresql] for a run in which no test failed on a service (under the spec reporter the same run is code/ambiguous)."
  record structured-report "mocha-$r-reporter-custom-error-unread-passing-audit-logged-refusal-postgres-up" mocha javascript code high mocha-attack30a-json-reporter-audit-fallback \
    "$(printf '%s' "unshare --net sh -c \"ip link set lo up; mocha --reporter $r\"" | sed "$A30A_UP")" \
    "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit row is written, 'reserves the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left', the only failure (control)."
done

record structured-report vitest-json-reporter-custom-error-unread-beside-refused-test vitest javascript code high vitest-attack30a-json-reporter-refused-test \
  'unshare --net sh -c "ip link set lo up; vitest run --reporter=json"' \
  "$A30A_WHY_REFUSED vitest's json reporter prints one line of JSON (failureMessages as escaped strings): no dialect splits it and its numFailedTests is not read, so judgeByFatal takes the refusal as the error that ended the run: infrastructure/high [postgresql] for a run with a real defect (under vitest's default, dot, junit, tap, tap-flat, verbose, basic reporters the same run is infrastructure/ambiguous)."
record structured-report vitest-json-reporter-custom-error-unread-beside-refused-test-postgres-up vitest javascript code high vitest-attack30a-json-reporter-refused-test \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; vitest run --reporter=json"' | sed "$A30A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the ping passes, 'reserves the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left' (control)."

# mocha's `markdown` reporter prints only the passing tests (as documentation) and no failure at all: the log of the
# audit project is the passing test's warning, the passing tests' code, and exit status 1. Nothing in it explains the
# failure, and the one error line is a fallback that went on (no test failed on a service): at most code/ambiguous.
record structured-report mocha-markdown-reporter-failure-unprinted-passing-audit-logged-refusal mocha javascript code ambiguous mocha-attack30a-json-reporter-audit-fallback \
  'unshare --net sh -c "ip link set lo up; mocha --reporter markdown"' \
  "$A30A_WHY_AUDIT mocha's 'markdown' reporter prints the passing tests only (no failure, no count; exit status 1), so the passing test's warning is the log's only error line and judgeByFatal takes it as the error that ended the run: infrastructure/high [postgresql] for a run whose one failure is the code's, which the log does not show at all."
record structured-report mocha-markdown-reporter-failure-unprinted-passing-audit-logged-refusal-postgres-up mocha javascript code ambiguous mocha-attack30a-json-reporter-audit-fallback \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; mocha --reporter markdown"' | sed "$A30A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit row is written, the run still fails (exit 1) on 'reserves the last units', which the markdown reporter does not print (control)."

# mocha-junit-reporter (scripts/floor/node/package.json), the usual mocha reporter of a CI job that uploads its results.
# By default it writes test-results.xml and prints nothing: the job log of the audit project is the passing test's
# warning alone (exit status 1). With `--reporter-options toConsole=true` it prints the JUnit XML to the log, which is
# only text to the log classifier (junit.ts reads report FILES given as junit-paths, not XML in a log): its
# `<failure ... type="OversoldError">` is no finding and its `failures="2"` is no count, so the refusal ends the run.
record structured-report mocha-junit-reporter-file-only-passing-audit-logged-refusal mocha javascript code ambiguous mocha-attack30a-json-reporter-audit-fallback \
  'unshare --net sh -c "ip link set lo up; mocha --reporter mocha-junit-reporter"' \
  "$A30A_WHY_AUDIT mocha-junit-reporter writes its report to test-results.xml and prints nothing, so the job log is that one warning line and exit status 1: judgeByFatal takes the warning as the error that ended the run, infrastructure/high [postgresql], for a run whose one failure is the code's and is not in the log at all (a job that also hands test-results.xml to junit-paths may fare better; the log alone does not)."
record structured-report mocha-junit-reporter-file-only-passing-audit-logged-refusal-postgres-up mocha javascript code ambiguous mocha-attack30a-json-reporter-audit-fallback \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; mocha --reporter mocha-junit-reporter"' | sed "$A30A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit row is written, the run still fails (exit 1) on 'reserves the last units', which mocha-junit-reporter writes to test-results.xml only (control)."
for p in refused-test audit-fallback; do
  if [ $p = refused-test ]; then w="$A30A_WHY_REFUSED"; s=custom-error-unread-beside-refused-test; else w="$A30A_WHY_AUDIT"; s=custom-error-unread-passing-audit-logged-refusal; fi
  record structured-report "mocha-junit-reporter-to-console-$s" mocha javascript code high "mocha-attack30a-json-reporter-$p" \
    'unshare --net sh -c "ip link set lo up; mocha --reporter mocha-junit-reporter --reporter-options toConsole=true"' \
    "$w mocha-junit-reporter with toConsole=true prints its JUnit XML to the log; the log classifier reads it as plain text (junit.ts parses report files only): the <failure type=\"OversoldError\"> is no finding and failures=\"N\" is no count, so judgeByFatal takes the refusal as the error that ended the run: infrastructure/high [postgresql]."
  record structured-report "mocha-junit-reporter-to-console-$s-postgres-up" mocha javascript code high "mocha-attack30a-json-reporter-$p" \
    "$(printf '%s' 'unshare --net sh -c "ip link set lo up; mocha --reporter mocha-junit-reporter --reporter-options toConsole=true"' | sed "$A30A_UP")" \
    "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): 'reserves the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left' (control)."
done

# npm test = `mocha && python3 scripts/check_catalogue.py src/catalogue.json`. mocha passes (its best-effort audit
# test logged the refusal and went on); the catalogue check then ends with sys.exit(message), which prints the message
# alone on stderr and exits 1: no traceback, no rule's words. The logged refusal is the only error line, so it "ended
# the run". (unknown-failure-text's npm-script cases hold a `totals: x != y` check line, which a rule reads; this one
# is a one-line message of the project's own.)
record unknown-failure-text npm-test-mocha-passes-logged-refusal-then-python-sys-exit-message mocha javascript code high mocha-attack30a-npm-test-python-check-sys-exit \
  'unshare --net sh -c "ip link set lo up; npm test"' \
  "src/catalogue.json has pear's price typed in euros (9.5) instead of cents (95); npm test runs mocha, which passes (2 passing: a price test, and a best-effort audit test whose pg write is refused and console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432', as designed), then the catalogue check, which fails with sys.exit('src/catalogue.json: pear: price 9.5 is not a whole number of cents'): exit 1, also with PostgreSQL up (next case). No rule reads the check's one line; the passing test's warning is then the error that ended the run (judgeByFatal): infrastructure/high [postgresql] for a run in which nothing failed on a service."
record unknown-failure-text npm-test-mocha-passes-logged-refusal-then-python-sys-exit-message-postgres-up mocha javascript code high mocha-attack30a-npm-test-python-check-sys-exit \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; npm test"' | sed "$A30A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit row is written, the catalogue check still fails with the same sys.exit message (control)."

# The same with the check in Node: `npm run test:js` = `mocha && node scripts/check-catalogue.js src/catalogue.json`,
# which console.error()s one line and sets process.exitCode = 1.
record unknown-failure-text npm-test-mocha-passes-logged-refusal-then-node-console-error-exit-code mocha javascript code high mocha-attack30a-npm-test-python-check-sys-exit \
  'unshare --net sh -c "ip link set lo up; npm run test:js"' \
  "src/catalogue.json has pear's price typed in euros (9.5) instead of cents (95); npm run test:js runs mocha, which passes (its best-effort audit test's pg write is refused and console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432', as designed), then the Node catalogue check, which console.error()s 'src/catalogue.json: pear: price 9.5 is not a whole number of cents' and sets process.exitCode = 1, also with PostgreSQL up (next case). No rule reads that line; the passing test's warning is the error that ended the run: infrastructure/high [postgresql]."
record unknown-failure-text npm-test-mocha-passes-logged-refusal-then-node-console-error-exit-code-postgres-up mocha javascript code high mocha-attack30a-npm-test-python-check-sys-exit \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; npm run test:js"' | sed "$A30A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit row is written, the catalogue check still fails the same (control)."

# The same Node check after the other runners, each passing with the audit test's labelled warning (jest's
# `console.warn` block, vitest's `stderr | test/orders.test.js > audit > never fails an order`, node:test's spec output).
for t in jest vitest node; do
  record unknown-failure-text "npm-test-$t-passes-logged-refusal-then-node-console-error-exit-code" $t javascript code high mocha-attack30a-npm-test-python-check-sys-exit \
    "unshare --net sh -c \"ip link set lo up; npm run test:$t\"" \
    "src/catalogue.json has pear's price typed in euros (9.5) instead of cents (95); npm run test:$t runs $t, which passes (2 tests: a price test, and a best-effort audit test whose pg write is refused and console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432', as designed, shown under the runner's own label for a test's output), then the Node catalogue check, which console.error()s 'src/catalogue.json: pear: price 9.5 is not a whole number of cents' and sets process.exitCode = 1, also with PostgreSQL up (next case). The runner's passing totals do not stop the passing test's warning from being taken as the error that ended the run: infrastructure/high [postgresql] for a run in which no test failed at all."
  record unknown-failure-text "npm-test-$t-passes-logged-refusal-then-node-console-error-exit-code-postgres-up" $t javascript code high mocha-attack30a-npm-test-python-check-sys-exit \
    "$(printf '%s' "unshare --net sh -c \"ip link set lo up; npm run test:$t\"" | sed "$A30A_UP")" \
    "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit row is written, the catalogue check still fails the same (control)."
done
