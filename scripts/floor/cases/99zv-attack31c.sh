# Attack 31c (71201ff over dae8cc7): mocha before 6 (here 3.5.3) heads a failure outside any suite with two spaces
# (`  1)  Uncaught error outside test suite:`); 71201ff reads that header as the failure's details, so the unit,
# before a unit with no reason (test.no-reason: code/ambiguous, the run infrastructure/ambiguous), is now judged by
# its error. When that error is the project's own configuration guard whose message says it cannot connect
# ('ConfigError: REDIS_URL is not set; cannot connect to redis'), rule network.cannot-connect-named reads it as an
# outage, and beside a real refusal the run is infrastructure/high [redis]. mocha 5.2.0 already printed one space
# (`  1) Uncaught error outside test suite:`), so the same run under mocha 5 was infrastructure/high before 71201ff
# too: the misreading is the rule's; 71201ff extends it to mocha 2-4 logs. The refusal is real (node_redis 2.8.0,
# nothing listening on 127.0.0.1:6379, `unshare --net` with lo up); the defect fails with Redis up too (-redis-up).
# The project pins its own runner and client (package-lock.json): `npm ci` runs before the network is cut, its
# output discarded; the log is mocha's alone. Sourced by generate.sh.
K=client-named-code
P31C=mocha-attack31c-env-name-typo
A31C_NPM='npm ci --no-audit --no-fund >/dev/null 2>&1; export REDIS_URL=redis://127.0.0.1:6379; '
A31C_WHY="lib/app.js's createCache() reads process.env.REDIS_URI where the deployment (and the CI job, REDIS_URL=redis://127.0.0.1:6379 in the recipe) sets REDIS_URL, a one-letter typo, so it always throws the project's own guard 'ConfigError: REDIS_URL is not set; cannot connect to redis' (no connection is attempted), with Redis up too (the -redis-up case). The module calls createCache() at load and nobody handles the rejection, so mocha reports it as 'Uncaught error outside test suite'; beside it the sessions client (node_redis 2.8.0) is really refused (nothing listening on 127.0.0.1:6379), once outside any suite and once in the one test."
record $K mocha3-uncaught-outside-suite-config-guard-names-connect-beside-refused mocha node code high $P31C \
  "${A31C_NPM}unshare --net sh -c \"ip link set lo up; ./node_modules/.bin/mocha\"" \
  "$A31C_WHY mocha 3.5.3 heads the guard's failure '  1)  Uncaught error outside test suite:' (two spaces); 71201ff reads it as that unit's details and rule network.cannot-connect-named takes 'cannot connect to redis' in the project's own message as an outage: infrastructure/high [redis] for a run whose first failure is a code defect. At dae8cc7 (71201ff's parent) the unit had no reason and the run was infrastructure/ambiguous."
record $K mocha5-uncaught-outside-suite-config-guard-names-connect-beside-refused mocha node code high $P31C \
  "${A31C_NPM}unshare --net sh -c \"ip link set lo up; ./node_modules/mocha5/bin/mocha\"" \
  "$A31C_WHY mocha 5.2.0 prints one space ('  1) Uncaught error outside test suite:'), a header read before 71201ff too: the same infrastructure/high [redis] from rule network.cannot-connect-named, at dae8cc7 as well (control: the hole is the rule's, 71201ff only extends it to mocha 2-4)."
record $K mocha3-uncaught-outside-suite-config-guard-names-connect-redis-up mocha node code high $P31C \
  "${A31C_NPM}unshare --net sh -c \"ip link set lo up; ci/with-redis.sh ./node_modules/.bin/mocha\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): the session test passes and the run fails on the guard alone, 'ConfigError: REDIS_URL is not set; cannot connect to redis', no refusal anywhere; still infrastructure/high [redis] from network.cannot-connect-named."
