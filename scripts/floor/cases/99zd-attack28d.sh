# Attack 28d (af5c16c over 27c1b8e): mocha's failure list (lib/reporters/base.js, Base.list) prints a
# failure's title path one element a line, the last ending in ':'. 250ab6c takes a first line that
# ends in ':' for the whole title (right for 'Uncaught error outside test suite:' and a root-level
# test), so the lines below it are read as the error's message; but an outermost describe whose
# title ends in ':' prints its first line the same way, and the nested describes' titles below it
# are then judged as the failure's own lines. A title is data: a suite named for the condition it
# tests ('on ECONNREFUSED') is no refusal. The refusals are real (nothing listens on 6379, or on the
# port the test took from the kernel and gave back, run under `unshare --net` with lo up); the
# defect fails with Redis up too (the -redis-up case).
# Sourced by generate.sh.
K=refusal-quoted-as-data
P28D=mocha-attack28d-colon-suite-timeout
record $K mocha-dot-colon-suite-econnrefused-title-excuses-own-timeout mocha node infrastructure ambiguous $P28D \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "Cache#getOrLoad() must serve the loader's value when Redis cannot be reached; in the error branch of the redis.get callback it does 'return loader(key)' inside the Promise executor (for 'return loader(key).then(resolve, reject)'), so the promise never settles and the test times out, with Redis up too (the -redis-up case). .mocharc.yml sets the dot reporter; the suites are describe('cache:') > describe('with Redis') (its 'before all' hook refused on 6379: MaxRetriesPerRequestError, redis/high, right) and describe('cache:') > describe('on ECONNREFUSED') > it(\"serves the loader's value\"), which dials a port it took from the kernel and gave back (the client's 'error' listener keeps it quiet). 250ab6c reads the details' first line '1) cache:' as the whole title, so the suite title '       on ECONNREFUSED' below it is judged as the failure's message (network.refused), and a refusal in the unit's own lines excuses its timeout: infrastructure/high [redis]. At 250ab6c^ the suite title was consumed as one and the run was infrastructure/ambiguous (the timeout unexplained); with describe('cache') (no colon) it still is."
record $K mocha-dot-colon-suite-econnrefused-title-excuses-own-timeout-redis-up mocha node code ambiguous $P28D \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mocha"' \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line; the fixed code, 'return loader(key).then(resolve, reject)', passes both tests there): 'with Redis' passes, and the only failure is the timeout of the 'return loader(key)' defect under describe('cache:') > describe('on ECONNREFUSED'). The suite title is the only 'refusal' the log shows: infrastructure/high with no service named (250ab6c^: code/ambiguous, a timeout nothing explains)."
record $K mocha-spec-suite-title-econnrefused-excuses-own-timeout mocha node infrastructure ambiguous $P28D \
  'unshare --net sh -c "ip link set lo up; mocha --reporter spec"' \
  "The first case under mocha's default spec reporter: the inline list names the failing test ('2) serves the loader's value'), so the details' title lines ('  2) cache:', '       on ECONNREFUSED', ...) are all judged as that unit's lines, with no commit in 27c1b8e..af5c16c to blame (infrastructure/high at 250ab6c^ and 27c1b8e too): the suite title 'on ECONNREFUSED' excuses the test's own timeout (the 'return loader(key)' defect), infrastructure/high [redis]."
record $K mocha-spec-suite-title-econnrefused-excuses-own-timeout-redis-up mocha node code ambiguous $P28D \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mocha --reporter spec"' \
  "The spec reporter's run with Redis UP (ci/with-redis.sh, PONG first): the only failure is the 'return loader(key)' defect's timeout under describe('cache:') > describe('on ECONNREFUSED'), and the suite title in the details is the only 'refusal' the log shows."
