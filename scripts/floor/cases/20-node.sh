# Node recipes. Sourced by generate.sh, which defines record and puts the runners on PATH.
K=listed-without-details
record $K mocha-spec-exit-on-redis-refusal mocha node infrastructure ambiguous node-mocha-exit-redis 'mocha' \
  "add('2', 3) concatenates and 'adds numbers' fails (listed as 1) with no details) before a redis error handler calls process.exit(1); the listed failure is not explained by the refusal."
record $K mocha-spec-two-listed-exit-on-pg-refusal mocha node infrastructure ambiguous node-mocha-exit-pg 'mocha' \
  "Two math defects are listed as numbered failures, then the db test's error handler dumps the refused pg connection and exits before mocha prints any detail."
record $K mocha-list-reporter-exit-in-before-hook mocha node infrastructure ambiguous node-mocha-exit-list 'mocha --reporter list' \
  "slug() replaces only the first space (a listed failure), then the search suite's before hook exits the process on a refused elasticsearch."

K=other-program-before-pass
record $K npm-workspaces-typeerror-then-mocha-refused npm-workspaces node code high node-ws-typeerror 'npm test --workspaces' \
  "Workspace billing dies of a TypeError (invoice.lines undefined); the later mocha workspace notify has one refused rabbitmq test and one passing."
record $K npm-workspaces-referenceerror-then-mocha-dot npm-workspaces node code high node-ws-referenceerror 'npm test --workspaces' \
  "Workspace cli dies of a ReferenceError (opts is not defined); the later mocha workspace api has one redis refusal among passing tests."
record $K npm-workspaces-typeerror-if-present npm-workspaces node code high node-ws-typeerror 'npm run test --workspaces --if-present' \
  "The same TypeError in workspace billing through npm run --if-present, followed by notify's mocha run with its refused test."

K=refusal-quoted-as-data
record $K jest-toequal-formatter jest node code high node-jest-format-toequal 'jest --ci' \
  "A pure unit test of an error formatter: the expected object holds 'connect ECONNREFUSED 127.0.0.1:6379' as data; retryable is computed from the wrong field. No service is involved."
record $K jest-tomatchsnapshot-formatter jest node code high node-jest-format-snapshot 'jest --ci' \
  "The snapshot of a failure description quotes a refused redis; the code dropped the 'connect ' prefix. No connection is attempted."
record $K jest-inline-snapshot-banner jest node code high node-jest-format-inline 'jest --ci' \
  "An inline snapshot of a 'could not connect to server: Connection refused' banner; the template swaps host and port. No connection is attempted."
record $K jest-rejects-tothrow-retry jest node code high node-jest-tothrow 'jest --ci' \
  "retry() wraps the last error instead of rethrowing it; the expected message is a quoted ECONNREFUSED from a stub, no socket is opened."
record $K vitest-toequal-classify vitest node code high node-vitest-format 'vitest run' \
  "classify() keeps the port as a string; the expected and received objects both quote 'connect ECONNREFUSED 127.0.0.1:27017' as data."
record $K mocha-deepstrictequal-log-entry mocha node code high node-mocha-format 'mocha' \
  "A log entry for a refused dependency gets level warn instead of error; the diff quotes ECONNREFUSED as data, nothing connects."

K=failing-hook
record $K mocha-after-each-leaked-handles mocha node code high node-mocha-aftereach-leak 'mocha' \
  "writeReport leaks a file descriptor and the after each hook's AssertionError says so; the other test's postgres refusal is a separate failure."
record $K mocha-after-all-temp-folders mocha node code high node-mocha-afterall-tmp 'mocha' \
  "cleanup() forgets the export folder and the after all hook's deepStrictEqual fails; the object-store test's refusal is separate."
record $K mocha-named-after-each-pool mocha node code high node-mocha-aftereach-two-suites 'mocha' \
  "Pool.release never returns the connection and the named after each hook fails; the redis suite's refusal is in another file."
record $K jest-after-each-leaked-handles jest node code high node-jest-aftereach-leak 'jest --ci' \
  "The afterEach expectation catches writeReport's leaked descriptor (and, after the refused mysql test, passes); the leak is a defect."
record $K vitest-after-each-leaked-timers vitest node code high node-vitest-aftereach-leak 'vitest run' \
  "stop() never clears the interval and the afterEach assertion reports leaked timers; the nats test's refusal is separate."

K=install-echo
record $K echoed-npm-install-pg-then-assertion script node code high node-install-echo-pg 'bash ci.sh' \
  "The CI script echoes '\$ npm install pg --save' (which succeeds), the seed step tolerates a refused postgres, then check-totals fails an assertion (string concatenation)."
record $K xtrace-npm-install-redis-then-typeerror script node code high node-install-trace 'bash ci.sh' \
  "set -x echoes '+ npm install redis --save' (which succeeds), the cache check is refused and tolerated, then render.js dies of a TypeError."

K=restatement
record $K node-ipv6-refusal-error-dump node-script node infrastructure ambiguous node-ipv6-dump 'npm test' \
  "The config points at ::1 and the refusal there is followed by Node's error dump (code: 'ECONNREFUSED'); a wrong-family loopback is a configuration suspect, and the dump only restates it."
record $K mocha-ipv6-nondefault-port-dump mocha node infrastructure ambiguous node-ipv6-mocha 'mocha' \
  "A test connects to ::1:5433 (neither the usual address nor port) and logs the error object before rethrowing; the dump restates the one refusal."

K=mixed-runners
record $K jest-one-assertion-among-refused jest node code high node-jest-mixed 'jest --ci' \
  "gross() adds VAT twice (toBe 12, received 14.4) among three refused postgres tests."
record $K vitest-one-assertion-among-refused vitest node code high node-vitest-mixed 'vitest run' \
  "wrap() is off by one (toEqual diff) among refused redis tests."
record $K tape-one-failure-among-refused-files tape node code high node-tape-mixed 'tape "test/*.js"' \
  "slug() keeps the trailing dash (a TAP 'not ok' with expected/actual) among three refused broker test files."
record $K node-test-one-assertion-among-refused node-test node code high node-nodetest-mixed 'node --test' \
  "range() includes its end (deepStrictEqual) among refused mongo tests, under node's own test runner."
