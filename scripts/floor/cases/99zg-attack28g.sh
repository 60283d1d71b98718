# Attack 28g (062e7ca at f811903): mocha's failure list (lib/reporters/base.js, Base.list) prints a
# failure's title path one element a line (element i indented 5+2i spaces), appends ':' to the LAST
# element only, and starts the error's message at 5 spaces. 062e7ca reads the title lines as titles
# ("whatever words they hold") but ends the path at the first line that ends in ':', and leaves a hook's
# title line ('"before each" hook for "<test title>":') to be judged as the failure's own line. So a
# describe whose own title ends in ':' ('transient errors:') hands the test's title below it to the
# judge, and a hook's title hands it the title of the test it ran for: a test named for the condition it
# tests ('gives up after 3 attempts on ECONNREFUSED') is read as network.refused and excuses the test's
# (or hook's) own timeout. One defect (lib/retry.js: the attempt counter declared inside the retry loop,
# so a refused dial is retried forever). The refusals are real: each test dials a port it took from the
# kernel and gave back (nothing listens), run under `unshare --net` with lo up; Redis (the session test)
# is absent on 6379 except in the -redis-up case (ci/with-redis.sh, PONG first), where the fixed code
# passes all four tests. Same verdicts at 062e7ca^ (54596fe) and with mocha 6.2.3, 8.4.0 and 11.8.0.
# Sourced by generate.sh.
K=refusal-quoted-as-data
P28G=mocha-attack28g-retry-title-refusal
R28G="lib/retry.js's withRetry() declares its attempt counter inside the for (;;) loop ('let tries = 0' belongs above it), so '++tries >= attempts' is never true and a refused dial is retried forever (the fixed code passes every test, with Redis up)"
record $K mocha-dot-middle-colon-suite-econnrefused-test-title-excuses-retry-timeout mocha node code ambiguous $P28G \
  'unshare --net sh -c "ip link set lo up; mocha --reporter dot test/retry.test.js"' \
  "$R28G. it('gives up after 3 attempts on ECONNREFUSED') under describe('withRetry') > describe('transient errors:') times out (2000ms). Base.list prints '  1) withRetry', '       transient errors:', '         gives up after 3 attempts on ECONNREFUSED:', then the Timeout at 5. 062e7ca's takeSuiteTitle ends the title path at the first line ending in ':' (a middle describe's own colon), so the test's title is judged as the failure's line (network.refused) and excuses its own timeout: infrastructure/high, no service. Without the colon ('transient errors') 062e7ca is right (code/ambiguous); 062e7ca^ said infrastructure/high either way. No other failure is in the log."
record $K mocha-spec-hook-title-econnrefused-excuses-before-each-timeout mocha node code ambiguous $P28G \
  'unshare --net sh -c "ip link set lo up; mocha test/pool.test.js"' \
  "$R28G. Pool's beforeEach awaits pool.warm(), which retries its refused dial forever, so the hook times out. Base.list prints '  1) Pool', '       \"before each\" hook for \"keeps ECONNREFUSED as the last error when the broker is down\":', then the Timeout at 5. 062e7ca's takeSuiteTitle returns false for a hook's title line (!HOOK_TITLE.test), so it is judged: the title of the test the hook ran for is read as network.refused and excuses the hook's timeout, infrastructure/high, no service (also so at 062e7ca^). A title is data whether it is a suite's, a test's, or inside a hook's."
record $K mocha-spec-colon-suite-and-hook-titles-excuse-retry-timeouts-redis-refused mocha node infrastructure ambiguous $P28G \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "The whole suite under mocha's default spec reporter with Redis absent: session store's 'before all' hook is refused on 6379 (MaxRetriesPerRequestError, redis/high, right), and the two timeouts of the retry defect ($R28G) are excused by titles: the test title below describe('transient errors:') and the hook title naming 'keeps ECONNREFUSED as the last error when the broker is down' (062e7ca's takeSuiteTitle): infrastructure/high [redis], though two of three failures are the code's own."
record $K mocha-dot-colon-suite-and-hook-titles-excuse-retry-timeouts-redis-refused mocha node infrastructure ambiguous $P28G \
  'unshare --net sh -c "ip link set lo up; mocha --reporter dot"' \
  "The previous case under the dot reporter (the details' first lines open the units): the same three failures, the same infrastructure/high [redis]."
record $K mocha-spec-colon-suite-and-hook-titles-excuse-retry-timeouts-redis-up mocha node code ambiguous $P28G \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mocha"' \
  "The whole suite with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh, PONG first; the fixed code passes all four tests there): session store passes, and the only failures are the two timeouts of the retry defect ($R28G); the titles read as refusals (a describe ending in ':' above the test, a hook's title) are the only 'refusals' the log shows: infrastructure/high with no service."
record $K mocha-min-colon-suite-and-hook-titles-excuse-retry-timeouts mocha node code ambiguous $P28G \
  'unshare --net sh -c "ip link set lo up; mocha --reporter min test/retry.test.js test/pool.test.js"' \
  "The two defect files under the min reporter (its clear-screen escape, then Base.list's epilogue only): the retry test's title below describe('transient errors:') and the hook title both judged as refusals, infrastructure/high with no service."
