# Attack 28j (54439ac over 5c1763b): the attack-28i rule (units.ts nullBesideLogged) makes a test's
# or hook's own wrapper headline, excused only by refusals it printed, likely only; 54439ac narrows
# it to headlines "in the project's own words" (signs.ts isOwnWordsWrapper: a bare Error:/Exception:),
# judged by the class name alone. A project's own error class whose name looks like a client's
# (StoreUnavailableError, a wrapper class by WRAPPER_CLASS) is no bare Error, so the hook's own guard
# is again excused by what it printed. The refusals are real (nothing listens on 6379, run under
# `unshare --net` with lo up); the defect fails with Redis up too (the -redis-up case).
# Sourced by generate.sh.
K=failing-hook
P28J=mocha-attack28j-own-class-reset-after-close
record $K mocha-after-each-destroy-after-close-own-error-class-beside-logged-refresh mocha node code high $P28J \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "The afterEach calls store.close() and then store.destroy('alice', 'bob') (the two lines swapped): close() marks the store closed and quits its connection, so destroy() throws the project's own guard, a class of its own: 'StoreUnavailableError: session store is closed', with Redis up too (the -redis-up case). With Redis down the test is refused (MaxRetriesPerRequestError, redis/high, right), and in the hook close()'s refreshTouched() logs the refresh it lost ('session ttl refresh failed: Reached the max retries per request limit') while the client's error listener logs 'redis: connect ECONNREFUSED 127.0.0.1:6379', all printed before the hook's inline line. The hook's own error is a wrapper headline (WRAPPER_CLASS: 'Unavailable'; CONNECTION_WORDS: 'unavailable'), but 54439ac's isOwnWordsWrapper counts only a bare Error:/Exception: as the project's own words, so 5c1763b's nullBesideLogged no longer applies and refusals the hook only printed excuse it: infrastructure/high [redis]. At 5c1763b: infrastructure/ambiguous."
record $K mocha-after-each-destroy-after-close-own-error-class-beside-logged-refresh-redis-up mocha node code ambiguous $P28J \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mocha"' \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): the test passes and the afterEach fails on the same defect, destroy() after close(): 'StoreUnavailableError: session store is closed'."
# The same project under bun's runner: bun prints each error before the test's `(fail)` line
# (afterOutput), so the test's own refusal and the afterEach's guard are both "printed" output of one
# unit; at 5c1763b that made it infrastructure/ambiguous, at 54439ac the guard's class is no bare Error.
record $K bun-after-each-destroy-after-close-own-error-class-beside-refusal bun node code high $P28J \
  'unshare --net sh -c "ip link set lo up; bun test"' \
  "The mocha case's project (the same tests, bun's describe/it/beforeEach/afterEach globals) run under bun test: the afterEach calls store.close() and then store.destroy() (the two lines swapped), so destroy() throws the project's own guard 'StoreUnavailableError: session store is closed' after every test, with Redis up too (the -redis-up case). bun prints each test's errors before its '(fail)' line, so the test's refusal (ioredis's MaxRetriesPerRequestError, 'redis: connect ECONNREFUSED' from the error listener) and the hook's guard are one unit's output. The guard is a wrapper headline (WRAPPER_CLASS 'Unavailable'); 5c1763b's nullBesideLogged made the unit likely only (infrastructure/ambiguous), but 54439ac's isOwnWordsWrapper counts only a bare Error:/Exception: as the project's own words: infrastructure/high [redis]. (0c52adb: infrastructure/high too.)"
record $K bun-after-each-destroy-after-close-own-error-class-beside-refusal-redis-up bun node code ambiguous $P28J \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh bun test"' \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): both tests fail on the afterEach's guard alone, destroy() after close(): 'StoreUnavailableError: session store is closed'."
