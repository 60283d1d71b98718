# A twenty-first attacker's review (edef557: node:test's spec reporter's failed test keeps only the
# lines indented under its ✖ line; a flush line after it is the next test's output).
# Broken code that fails with its service up too: 'drains an empty queue' times out on the code's
# own 3 s poll. Its drain() also fires a best-effort, unawaited connect that logs the refusal
# (console.error, flush left). The test before it, 'loads the jobs', fails on the refusal (a real
# outage). The log falls between the two ✖ lines: edef557 hands it, rightly by the runner's order,
# to the timed-out test, which then "failed for that reason alone". Before (ed4b3d6) it stayed in
# 'loads the jobs' and the timeout was never excused: infrastructure/ambiguous. The TAP reporter
# gives infrastructure/ambiguous. Nothing listens on 5432; the refusals are real. Sourced by generate.sh.

K=timed-out-test
record $K node-test-spec-timeout-own-unawaited-refusal-after-failed-test node-test node code high node-attack21 \
  'node --test --test-reporter=spec test/' \
  "drains an empty queue times out (400 ms) because drain() waits for a 3 s poll instead of resolving an empty queue: a code defect, with the database up too. drain() also fires an unawaited best-effort connect whose refusal it console.errors; the spec reporter prints that log flush-left between '✖ loads the jobs' (a real refusal) and '✖ drains an empty queue'. edef557 gives it to the timed-out test, which is then excused: infrastructure/high [postgresql] (ed4b3d6: infrastructure/ambiguous, 'a timeout is never excused'; the TAP reporter: infrastructure/ambiguous)."

# The same timed-out test after a passing one (no outage test at all): its own unawaited refusal
# log comes after '✔ parses a job', so ed4b3d6 already gave it to the timed-out test: infrastructure/high
# on both (the TAP reporter: infrastructure/ambiguous). The weakness is the excuse, not edef557's split.
record $K node-test-spec-timeout-own-unawaited-refusal-after-passing-test node-test node code high node-attack21 \
  'node --test --test-reporter=spec solo/' \
  "drains an empty queue times out (400 ms) on drain()'s 3 s poll: a code defect, with the database up too. drain()'s unawaited best-effort connect console.errors ECONNREFUSED 127.0.0.1:5432 before '✖ drains an empty queue'; the only other test passes. The timed-out test is excused by its own best-effort log: infrastructure/high [postgresql] (ed4b3d6 and edef557; the TAP reporter: infrastructure/ambiguous)."
