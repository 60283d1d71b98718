# Attack 37a (fresh eyes on 6b35bc9: uvu's FAIL blocks as units). All refusals are real: nothing listening,
# `unshare --net` with lo up. Sourced by generate.sh.

# uvu prints a suite's failures right after that suite's own progress line (uvu/dist exec: `write('\n' + errs)`
# after each suite), then goes on with the next test file (its name line, ` suite ` header, its tests' output).
# test/inventory.js runs first (alphabetical) and fails on the project's own Oversold (uvu prints its message and
# frames only); test/invoice.js runs next and its passing test's best-effort audit write console.warns pg's refusal.
# The refusal is printed after the FAIL block, before `Total:`, so the FAIL block unit (ended only by `Total:`)
# takes it in.
K=other-test-output
P37A1=uvu-attack37a-later-suite-refusal
A37A1_WHY="reserve() tests stock > qty where stock >= qty was meant, so reserving the last 3 of 3 units (test/inventory.js) throws the project's Oversold('only 3 left, 3 wanted'); uvu prints only its message and frames under 'FAIL  inventory  \"reserves the last units\"'. uvu prints a suite's failures as soon as that suite ends, then runs the next file: test/invoice.js's passing test logs its best-effort audit write's refusal (pg, 127.0.0.1:5432) after that FAIL block. 6b35bc9's UVU dialect ends a FAIL block only at the next FAIL line or 'Total:', so the next file's name line, suite header and logged refusal are read as the failing test's own output, and nothing else in it is read: the failing unit 'failed for that reason alone', infrastructure/high [postgresql] (at 4a1155d, before the dialect, the same log was infrastructure/high as the error that ended the run)."
record $K uvu-later-file-logged-refusal-inside-fail-block uvu node code ambiguous $P37A1 \
  'unshare --net sh -c "ip link set lo up; uvu test"' \
  "$A37A1_WHY"
record $K uvu-later-file-logged-refusal-inside-fail-block-postgres-up uvu node code ambiguous $P37A1 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh uvu test"' \
  "Control: the same run with PostgreSQL UP on 127.0.0.1:5432 (ci/with-postgres.sh): no refusal, the audit write succeeds, the same Oversold failure ('only 3 left, 3 wanted')."
