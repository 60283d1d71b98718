# Attack 36b (fresh eyes on 2a31f4b: Node runners not attacked before: uvu). All refusals are real:
# nothing listening, `unshare --net` with lo up. Sourced by generate.sh.

# uvu: a passing test's best-effort audit write logs pg's refusal and goes on; the next test fails on
# uvu/assert's `is` with the developer's own message, which uvu prints in place of its default
# `Expected values to be strictly equal:` (uvu/assert: `message || "Expected values to be strictly equal:"`),
# then its `++expected`/`--actual` diff, its `at assert (.../uvu/assert/index.js)` frames and `Total/Passed`.
K=unknown-failure-text
P36B1=uvu-attack36b-custom-message
A36B1_WHY="invoiceNumber pads the sequence to 3 digits instead of 4 (padStart(3, '0')), so assert.is(invoiceNumber(2026, 7), 'INV-2026-0007', 'sequence padded to four digits') fails. uvu prints the assertion's custom message ('sequence padded to four digits  (is)') in place of its default 'Expected values to be strictly equal:', then its ++/-- diff and frames in uvu/assert: at 2a31f4b there is no uvu dialect and no rule reads the message, the diff, uvu's 'FAIL  suite  \"title\"' line or its 'Total:/Passed:' counts, so the passing test's logged audit fallback refusal (pg, 127.0.0.1:5432) is taken as the error that ended the run: infrastructure/high [postgresql]. With uvu's default message (no custom message) the same log is code/high code.assertion."
record $K uvu-custom-message-beside-passing-test-logged-refusal uvu node code ambiguous $P36B1 \
  'unshare --net sh -c "ip link set lo up; uvu test"' \
  "$A36B1_WHY"
record $K uvu-custom-message-beside-passing-test-logged-refusal-node uvu node code ambiguous $P36B1 \
  'unshare --net sh -c "ip link set lo up; node test/invoices.js"' \
  "The same test file run with node directly (uvu's other documented way, no CLI: no file name line, the frames printed in full). $A36B1_WHY"
record $K uvu-custom-message-beside-passing-test-logged-refusal-postgres-up uvu node code ambiguous $P36B1 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh uvu test"' \
  "Control: the same run with PostgreSQL UP on 127.0.0.1:5432 (ci/with-postgres.sh): no refusal, the audit write succeeds, the same failure on 'sequence padded to four digits'; code/ambiguous at 2a31f4b."

# uvu: the same passing audit fallback, and the next test fails on the project's own Error subclass, thrown by
# the code under test. uvu prints a thrown error's message and frames only, never its name (uvu/dist: the
# error's `message`, then its stack below the first line), so the log says `only 3 left, 3 wanted`.
K=unrecognised-exception
P36B2=uvu-attack36b-own-error
A36B2_WHY="reserve() tests stock > qty where stock >= qty was meant, so reserving the last 3 of 3 units throws the project's Oversold('only 3 left, 3 wanted'). uvu prints the thrown error's message ('only 3 left, 3 wanted') and its frames under 'FAIL  stock  \"reserves the last units\"', never the class name: at 2a31f4b there is no uvu dialect and no rule reads the message, so the passing test's logged audit fallback refusal (pg, 127.0.0.1:5432) is taken as the error that ended the run: infrastructure/high [postgresql]."
record $K uvu-own-error-message-only-beside-passing-test-logged-refusal uvu node code ambiguous $P36B2 \
  'unshare --net sh -c "ip link set lo up; uvu test"' \
  "$A36B2_WHY"
record $K uvu-own-error-message-only-beside-passing-test-logged-refusal-postgres-up uvu node code ambiguous $P36B2 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh uvu test"' \
  "Control: the same run with PostgreSQL UP on 127.0.0.1:5432 (ci/with-postgres.sh): no refusal, the same Oversold failure ('only 3 left, 3 wanted')."
