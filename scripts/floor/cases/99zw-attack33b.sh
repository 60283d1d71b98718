# Attack 33b (fresh-eyes broad attack on main at 6e6007d): AVA 6, a test failing on its own plan
# (`t.plan(2)`, one assertion run: `Planned for 2 assertions, but got 1.`, no rule reads it) while, in another
# worker, a PASSING test's best-effort audit write console.warn()s pg's refusal. AVA prints the failing test's
# line (`✘ [fail]: events › announces every line Planned for 2 assertions, but got 1.`) as it ends; the other
# file's stderr comes right after it, then that test's `✔` line. The AVA dialect has no `pass` marker, so the
# warning is read as the failing test's output and the unit as refused ("failed for that reason alone"); the
# details under `─` (1b581dc's titledDetails) hold only the plan message, which nothing reads. The refusal is real
# (pg 8, nothing listening on 127.0.0.1:5432, `unshare --net` with lo up); with PostgreSQL up the test still fails.
# AVA 6.4.1 (scripts/floor/node/package.json). Sourced by generate.sh.
K=other-test-output
P33B=ava-attack33b-plan-audit-fallback
A33B_WHY="src/events.js's place() loops \`i < order.lines.length - 1\` where \`i < order.lines.length\` was meant, so the last line of an order is never announced and 'announces every line' (t.plan(2), one t.truthy per announced line) fails with AVA's 'Planned for 2 assertions, but got 1.', also with PostgreSQL up (the -postgres-up control). No test fails on a service: in another file a PASSING test of a best-effort audit write console.warn()s 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432' and returns false, as designed."
record $K ava-plan-mismatch-beside-passing-audit-logged-refusal ava javascript code high $P33B \
  'unshare --net sh -c "ip link set lo up; ava"' \
  "$A33B_WHY AVA prints the passing test's warning right after the failing test's '✘ [fail]: ...' line and before its own '✔' line; the AVA dialect has no pass marker, so the warning is read as the failing unit's output and the plan message (the only text of the real failure, in the titled details, 1b581dc) is read by no rule: infrastructure/high [postgresql], 'the failing unit failed for that reason alone'."
record $K ava-verbose-plan-mismatch-beside-passing-audit-logged-refusal ava javascript code high $P33B \
  'unshare --net sh -c "ip link set lo up; ava --verbose"' \
  "$A33B_WHY The same under --verbose (AVA 6 prints the same lines): infrastructure/high [postgresql]."
record $K ava-plan-mismatch-beside-passing-audit-postgres-up ava javascript code high $P33B \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh ava"' \
  "The first case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): the audit row is written, 'announces every line' still fails with 'Planned for 2 assertions, but got 1.' (control)."
