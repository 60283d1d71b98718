# Attack 28i (808a057 over 8cbe88f): mocha's spec reporter prints a failed hook's inline line
# (`  2) "after each" hook for "x"`) after what the hook printed; 808a057 gives that output to the
# hook (the MOCHA dialect's hook marker now has afterOutput). A refusal the hook's code only logged
# then excuses the hook's own error when that error is a "wrapper" headline (an Error whose message
# names a connection, a database or a service: rules/signs.ts WRAPPER_MESSAGE), which counts as
# neither code nor unexplained. 808a057's nullBesideLogged makes a null handle excused only by
# printed refusals likely only; a wrapper headline excused the same way stays high. The refusals
# are real (nothing listens on 6379, run under `unshare --net` with lo up); the defect fails with
# Redis up too (the -redis-up case).
# Sourced by generate.sh.
K=failing-hook
P28I=mocha-attack28i-after-each-reset-after-close
record $K mocha-after-each-reset-after-close-beside-logged-lost-counts mocha node code high $P28I \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "The afterEach calls counter.close() and then counter.reset('home', 'about') (the two lines swapped): close() marks the counter closed and quits its connection, so reset() throws its own guard 'Error: VisitCounter: the Redis connection is closed', with Redis up too (the -redis-up case). With Redis down the test is refused (MaxRetriesPerRequestError, redis/high, right), and in the hook close()'s flush logs the pending hit it lost ('visit counts lost: Reached the max retries per request limit') while the client's error listener logs 'redis: connect ECONNREFUSED 127.0.0.1:6379'; both are printed before the hook's inline line. 808a057 gives that output to the hook, and the hook's own error, a headline naming 'Redis connection' (a wrapper headline: neither code nor unexplained), is then excused by refusals that are only what the hook printed: infrastructure/high [redis]. At 8cbe88f the hook was a unit with no reason (code/ambiguous) and the run infrastructure/ambiguous."
record $K mocha-after-each-reset-after-close-beside-logged-lost-counts-redis-up mocha node code ambiguous $P28I \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mocha"' \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): the test passes and the afterEach fails on the same defect, reset() after close(): 'Error: VisitCounter: the Redis connection is closed'."
