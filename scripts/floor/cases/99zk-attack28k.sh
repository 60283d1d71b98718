# Attack 28k (ec38368 at 9d60c7d): mocha's Base.list prints a failure's title path one element a line
# (element i at 5+2i spaces) and the message at 5; ec38368's takeSuiteTitle ends the path at the first
# line indented under 7. A test title written as a template literal that wraps onto a second line
# (it(`gives up after 3 attempts when the peer keeps refusing\n      (connect ECONNREFUSED)`)) is printed
# with its second line at the literal's own indentation (6), so that line ends the path and is judged as
# the failure's line (network.refused), excusing the test's own timeout. The same holds at 0e3e91b (the
# old rule ended the path at the first ':' or at the same indentation): not introduced by ec38368, not
# closed by it either. One defect (lib/retry.js: the attempt counter declared inside the retry loop, so a
# refused dial is retried forever): the project is attack 28g's with the title wrapped and the middle
# describe without its colon. Real refusals: the test dials a port it took from the kernel and gave back,
# under `unshare --net` with lo up; Redis (session test) absent on 6379 except in the -redis-up case.
# Sourced by generate.sh.
K=refusal-quoted-as-data
P28K=mocha-attack28k-multiline-title
R28K="lib/retry.js's withRetry() declares its attempt counter inside the for (;;) loop ('let tries = 0' belongs above it), so '++tries >= attempts' is never true and a refused dial is retried forever (the fixed code passes every test, with Redis up)"
record $K mocha-spec-wrapped-test-title-econnrefused-line-excuses-retry-timeout mocha node code ambiguous $P28K \
  'unshare --net sh -c "ip link set lo up; mocha --reporter spec test/retry.test.js"' \
  "$R28K. The test's title is a template literal wrapped onto a second line ('      (connect ECONNREFUSED)'); Base.list prints it under '  1) withRetry' / '       transient errors' / '         gives up after 3 attempts when the peer keeps refusing', its second line at 6 spaces. ec38368's takeSuiteTitle ends the title path at the first line indented under 7, so the title's second line is judged as the failure's line (network.refused) and excuses the Timeout of 2000ms below it: infrastructure/high, no service. Same at 0e3e91b (pre-existing)."
record $K mocha-dot-wrapped-test-title-econnrefused-line-excuses-retry-timeout mocha node code ambiguous $P28K \
  'unshare --net sh -c "ip link set lo up; mocha --reporter dot test/retry.test.js"' \
  "The previous case under the dot reporter: the same failure list, the same infrastructure/high."
record $K mocha-spec-wrapped-test-title-beside-redis-refused-hook mocha node code ambiguous $P28K \
  'unshare --net sh -c "ip link set lo up; mocha --reporter spec test/retry.test.js test/session.test.js"' \
  "$R28K, beside a real outage: the session suite's before all hook refused by Redis (ioredis MaxRetriesPerRequestError, 127.0.0.1:6379). The retry test's wrapped title line '(connect ECONNREFUSED):' is judged as its failure (ec38368: the title path ends at the first line under 7 spaces), so both failures read as the outage: infrastructure/high [redis]."
record $K mocha-spec-wrapped-test-title-excuses-retry-timeout-redis-up mocha node code ambiguous $P28K \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mocha --reporter spec test/retry.test.js test/session.test.js"' \
  "The previous case with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh, PONG first): the session suite passes; the retry defect's timeout is the only failure and the wrapped title line the only 'refusal'."
