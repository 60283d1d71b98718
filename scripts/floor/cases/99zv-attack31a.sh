# Attack 31a (fresh eyes on 35cf73f: f1159a0's readings after the tests). Sourced by generate.sh.
# f1159a0 reads mocha's doc reporter (lib/reporters/doc.js): `<dt class="error">title</dt>` opens a failing unit, `<dt>title</dt>`
# is a pass, both `afterOutput` (what a test prints comes before its line). But the doc reporter prints the failure's error
# AFTER the title, as `<dd class="error">OversoldError: ...</dd>`, and no rule reads that line as the unit's error headline
# (under the spec reporter the same error's `OversoldError: ...` headline is an unknown error and keeps the run ambiguous).
# So a failing unit whose only read line is a refusal is infrastructure/high, "failed for that reason alone":
#  - the failing test itself logged a best-effort audit write's refusal before failing on the project's own error;
#  - or the refusal was logged by the NEXT test, a passing one, after the failing test's <dd class="error"> and before its
#    own `<dt>`: the unit split gives it to the failing test above (the failing test never reached the audit write).
# judgeByFatal's new pass/progress guard does not apply: a failing unit exists, so verdict.ts decideFromUnits never calls it.
# mocha 10, pg 8 (scripts/floor/node/package.json); node 20; PostgreSQL 15 for the controls.
A31A_UP='s#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh #'
A31A_WHY_OWN="placeOrder() tests \`left > qty\` where \`>=\` was meant, so 'sells the last units' fails with the project's own 'OversoldError: cannot reserve 3 of apple: 3 left', the run's only failure, also with PostgreSQL up (the -postgres-up control). Before it fails, placeOrder()'s best-effort audit write console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432' and goes on, as designed (the PASSING test 'keeps what is left' logs the same line). f1159a0 now reads mocha's doc reporter: '<dt class=\"error\">sells the last units</dt>' opens a failing unit holding the warning printed before it, but the error the reporter prints after it ('<dd class=\"error\">OversoldError: ...</dd>') is read as nothing, so the unit's only finding is the refusal: infrastructure/high [postgresql], 'the failing unit failed for that reason alone' (under the spec reporter the same run is infrastructure/ambiguous)."
A31A_WHY_NEXT="placeOrder() tests \`left > qty\` where \`>=\` was meant, so 'sells the last units' throws the project's own 'OversoldError: cannot reserve 3 of apple: 3 left' BEFORE any audit write: the run's only failure, which never touched PostgreSQL, also with PostgreSQL up (the -postgres-up control). The NEXT test, 'keeps what is left', PASSES: its best-effort audit write console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432' and returns. The doc reporter prints that warning after the failing test's '<dd class=\"error\">OversoldError: ...</dd>' and before the passing test's '<dt>keeps what is left</dt>'; f1159a0's doc-reporter markers split the log so the failing unit ('<dt class=\"error\">sells the last units</dt>') runs on to the next '<dt>' and takes the passing test's warning, while its own '<dd class=\"error\">' error is read as nothing: infrastructure/high [postgresql], 'the failing unit failed for that reason alone' (the new pass-mark guard in judgeByFatal is never reached: a failing unit exists)."

record structured-report mocha-doc-reporter-failing-test-logged-audit-refusal-own-error-unread mocha javascript code high mocha-attack31a-doc-failing-test-audit-fallback \
  'unshare --net sh -c "ip link set lo up; mocha --reporter doc"' \
  "$A31A_WHY_OWN"
record structured-report mocha-doc-reporter-failing-test-logged-audit-refusal-own-error-unread-postgres-up mocha javascript code high mocha-attack31a-doc-failing-test-audit-fallback \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; mocha --reporter doc"' | sed "$A31A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): the audit rows are written, 'sells the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left' (control)."
record structured-report mocha-doc-reporter-next-passing-test-audit-refusal-given-to-failing-unit mocha javascript code high mocha-attack31a-doc-next-passing-test-audit-fallback \
  'unshare --net sh -c "ip link set lo up; mocha --reporter doc"' \
  "$A31A_WHY_NEXT"
record structured-report mocha-doc-reporter-next-passing-test-audit-refusal-given-to-failing-unit-postgres-up mocha javascript code high mocha-attack31a-doc-next-passing-test-audit-fallback \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; mocha --reporter doc"' | sed "$A31A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the passing test's audit row is written, 'sells the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left', the only failure (control)."

# The doc-reporter markers skip a `<dt>` whose text starts with `/` or `.` (the file's own `<dt>` line is a path), so an HTTP
# route-style title (`/orders sells the last units`) is neither a pass nor a failing unit: no unit, judgeByFatal, and the new
# pass-mark guard sees no mark after the refusal the failing (last) test logged.
A31A_WHY_ROUTE="The first case's project with route-style titles ('/orders keeps what is left', '/orders sells the last units'): placeOrder() tests \`left > qty\` where \`>=\` was meant, so '/orders sells the last units' fails with 'OversoldError: cannot reserve 3 of apple: 3 left', the only failure, also with PostgreSQL up (control); both tests' best-effort audit writes console.warn() the refusal and go on (the first test passes with it). f1159a0's doc-reporter markers refuse a '<dt>' that starts with '/' (taken for the test file's path), so neither test is read: no unit, and the pass-mark guard finds no pass after the last test's warning; judgeByFatal takes the warning as the error that ended the run: infrastructure/high [postgresql]."
record structured-report mocha-doc-reporter-route-titles-unread-failing-test-logged-audit-refusal mocha javascript code high mocha-attack31a-doc-route-titles-audit-fallback \
  'unshare --net sh -c "ip link set lo up; mocha --reporter doc"' \
  "$A31A_WHY_ROUTE"
record structured-report mocha-doc-reporter-route-titles-unread-failing-test-logged-audit-refusal-postgres-up mocha javascript code high mocha-attack31a-doc-route-titles-audit-fallback \
  "$(printf '%s' 'unshare --net sh -c "ip link set lo up; mocha --reporter doc"' | sed "$A31A_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): the audit rows are written, '/orders sells the last units' still fails with 'OversoldError: cannot reserve 3 of apple: 3 left' (control)."
