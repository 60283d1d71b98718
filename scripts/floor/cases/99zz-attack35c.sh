# Attack 35c (fresh eyes on 40eb21e: Node runners not attacked this session). All refusals are real:
# nothing listening, `unshare --net` with lo up. Sourced by generate.sh.

# 1. tape: a passing test's best-effort cache logs its refused Redis connection (and tape prints `ok 1`,
# `ok 2` for it), then the next file's test crashes the process with a thrown plain object.
K=unrecognised-exception
P35C1=tape-attack35c-config-port-typo-thrown-object
A35C1_WHY="parseConfig reads env.PROT (typo for env.PORT), so parsePort(undefined) throws the project's plain validation object { code: 'EBADPORT', value: undefined } and Node dies printing only the throw site and the object (no error name, no tape 'not ok'). The refusal above is logged by the cache test's fallback, which tape then reports 'ok 1', 'ok 2'. At 40eb21e no rule reads Node's uncaught-object crash after tape's '# reads host and port', so the logged refusal is taken as the error that ended the run: infrastructure/high [redis]."
record $K tape-config-port-typo-thrown-object-beside-passing-test-logged-refusal tape node code ambiguous $P35C1 \
  'unshare --net sh -c "ip link set lo up; tape test/*.js"' \
  "$A35C1_WHY"
record $K tape-config-port-typo-thrown-object-beside-passing-test-logged-refusal-redis-up tape node code ambiguous $P35C1 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh tape test/*.js"' \
  "The same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh): no refusal, the same crash on { code: 'EBADPORT', value: undefined }; code/ambiguous at 40eb21e."

# 2. The same shape, but the project's config loader stops the process itself: console.error then
# process.exit(1). The log ends with tape's '# reads host and port' and 'invalid port: undefined'.
K=died-in-test
P35C2=tape-attack35c-config-port-typo-process-exit
A35C2_WHY="parseConfig reads env.PROT (typo for env.PORT), so parsePort(undefined) prints 'invalid port: undefined' and calls process.exit(1) inside the test 'reads host and port': no 'not ok', no plan, no summary, just the message. The refusal above is logged by the cache test's fallback, which tape then reports 'ok 1', 'ok 2'. A failure nothing in the log explains but the project's own message; at 40eb21e the logged refusal is taken as the error that ended the run: infrastructure/high [redis]."
record $K tape-config-port-typo-process-exit-beside-passing-test-logged-refusal tape node code ambiguous $P35C2 \
  'unshare --net sh -c "ip link set lo up; tape test/*.js"' \
  "$A35C2_WHY"
record $K tape-config-port-typo-process-exit-beside-passing-test-logged-refusal-redis-up tape node code ambiguous $P35C2 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh tape test/*.js"' \
  "The same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh): no refusal, the same 'invalid port: undefined' and exit 1 inside 'reads host and port'."
