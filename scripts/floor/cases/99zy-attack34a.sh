# Attack 34a (fresh eyes on b82d04c: AVA's `✘ [fail]` a listed marker, a Go example's got:/want: a mismatch unless
# a connection error lies between them, gocheck's `... obtained` a mismatch unless its value holds connection words).
# All refusals are real: nothing listening, `unshare --net` with lo up. Sourced by generate.sh.

# 1. A Go example whose output is longer than 200 lines. b82d04c reads `want:` as code.go-example-output unless the
# unit's last connection error lies below its `got:`, looked for at most 200 lines up (classifier.ts lineAbove,
# GO_EXAMPLE_OUTPUT_LINES); when `got:` is further up, lineAbove returns 0 and ANY refusal of the unit counts as
# "between got: and want:". The example dials the cart's optional Redis price cache (its refusal logged on stderr,
# ABOVE `--- FAIL:`), then prints a 210-line price-break table.
P34A_LONG=go-attack34a-example-long-table
A34A_LONG_WHY="cart.go's Format renders cents with %d where %02d was meant, so 105 cents reads '1.5': ExamplePriceTable (the quantity picker's 210-line price-break table for apples at 1.05) fails with Go's got:/want: blocks, Redis up or down (the -redis-up case). The example dials the optional price cache, which logs its real refusal ('cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused', nothing listening) on stderr before the example's '--- FAIL:' line, and goes on uncached."
A34A_LONG_BLAME="b82d04c lets code.go-example-output go when unit.lastInfraLine > lineAbove(/^got:\$/, 200); the got: block here is 210 lines, lineAbove finds no got: and returns 0, so the refusal logged ABOVE '--- FAIL:' (outside the example's output) passes for a connection error the example printed: the want: line is dropped and the unit is infrastructure/high [redis] (network.refused.endpoint)."
record printed-mismatch go-v-example-output-over-200-lines-cache-refusal go go code high $P34A_LONG \
  "unshare --net sh -c \"ip link set lo up; go test -v ./...\"" "$A34A_LONG_WHY $A34A_LONG_BLAME"
record printed-mismatch go-json-example-output-over-200-lines-cache-refusal go go code high $P34A_LONG \
  "unshare --net sh -c \"ip link set lo up; go test -json ./...\"" "$A34A_LONG_WHY The same under go test -json. $A34A_LONG_BLAME"
record printed-mismatch go-example-output-over-200-lines-cache-refusal go go code high $P34A_LONG \
  "unshare --net sh -c \"ip link set lo up; go test ./...\"" "$A34A_LONG_WHY Plain go test (control: code/high at b82d04c, the refusal is in no unit of the example's)."
record printed-mismatch go-v-example-output-over-200-lines-redis-up go go code high $P34A_LONG \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh go test -v ./...\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: PONG is the log's first line): no refusal, the same got:/want: mismatch (control)."

# 2. A Go example that DOCUMENTS a refusal: a health checker's example reports the cache as down (it expects no Redis),
# and its `// Output:` holds the same refusal line as what it printed. The defect is in the summary line.
P34A_DOC=go-attack34a-example-documents-cache-refusal
A34A_DOC_WHY="health.go's Report.String prints r.Down where r.Up was meant, so ExampleCheck's summary reads '1 of 3 up' where its '// Output:' says '2 of 3 up'; every other line of got: and want: is the same, including 'cache: down (dial tcp 127.0.0.1:6379: connect: connection refused)', which the example documents (it dials two listeners of its own and a Redis it expects absent). With Redis up the example fails too (cache: up, 2 of 3 up... against its documented output)."
A34A_DOC_BLAME="b82d04c drops code.go-example-output whenever a connection error lies between got: and want:, without asking whether want: holds the same line: the refusal the example was written to print passes for the outage's, and the unit is infrastructure/high [redis]."
record printed-mismatch go-v-example-documents-refusal-summary-wrong go go code high $P34A_DOC \
  "unshare --net sh -c \"ip link set lo up; go test -v ./...\"" "$A34A_DOC_WHY $A34A_DOC_BLAME"
record printed-mismatch go-example-documents-refusal-summary-wrong go go code high $P34A_DOC \
  "unshare --net sh -c \"ip link set lo up; go test ./...\"" "$A34A_DOC_WHY Plain go test. $A34A_DOC_BLAME"
record printed-mismatch go-json-example-documents-refusal-summary-wrong go go code high $P34A_DOC \
  "unshare --net sh -c \"ip link set lo up; go test -json ./...\"" "$A34A_DOC_WHY Under go test -json. $A34A_DOC_BLAME"

# 3. gocheck's `... obtained string = "reconnecting"`: a link-state label that itself holds the word `connect`.
# b82d04c's `... obtained` pattern refuses any value with [Cc]onnect (meant for a *net.OpError), so the mismatch is
# read by no rule; the next test's optional status cache logs its real refusal inside the FAIL block's unit.
P34A_GC=go-attack34a-gocheck-obtained-state
A34A_GCCMD='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/link && cd $G/src/github.com/acme/link && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test ARGS"'
a34a_gc() { local c=${A34A_GCCMD//PRE /$1}; printf '%s' "${c//ARGS/$2}"; }
A34A_GC_WHY="link.go's State tests 'n > 3' where 'n >= 3' was meant, so a link with three failed probes still reads 'reconnecting': gocheck's LinkSuite.TestState fails on 'c.Assert(State(3), Equals, \"disconnected\")' with '... obtained string = \"reconnecting\"' / '... expected string = \"disconnected\"', Redis up or down (the -redis-up case). The next test, TestStatusQueue, passes after the dashboard's optional status cache logs its real refusal ('link: status cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused', nothing listening)."
A34A_GC_BLAME="b82d04c's gocheck pattern (code.expectation: '^\\.\\.\\. obtained T = ' unless the value holds OpError|refused|dial|[Cc]onnect|timed out|unreachable|no such host|lookup|EOF) tests the connection words against the VALUE, and a state label 'reconnecting' (or 'connected', 'disconnected', 'timeout', 'EOF' as data) holds one: the mismatch is read by no rule and the unit holds only the next test's refusal: infrastructure/high [redis]."
record other-test-output go-gocheck-obtained-reconnecting-next-test-cache-refusal go go code high $P34A_GC \
  "$(a34a_gc '' '')" "$A34A_GC_WHY $A34A_GC_BLAME"
record other-test-output go-gocheck-v-obtained-reconnecting-next-test-cache-refusal go go code high $P34A_GC \
  "$(a34a_gc '' -check.v)" "$A34A_GC_WHY Under -check.v. $A34A_GC_BLAME"
record other-test-output go-v-gocheck-obtained-reconnecting-next-test-cache-refusal go go code high $P34A_GC \
  "$(a34a_gc '' -v)" "$A34A_GC_WHY Under go test -v. $A34A_GC_BLAME"
record other-test-output go-gocheck-obtained-reconnecting-redis-up go go code high $P34A_GC \
  "$(a34a_gc 'ci/with-redis.sh env ' '')" \
  "The first case run with Redis UP on 127.0.0.1:6379 (PONG is the log's first line): no refusal, TestState fails on the same obtained/expected lines (control: code/ambiguous at b82d04c, the obtained line is read by no rule)."

# 4. AVA 6 --tap: a test that finishes without running any assertion (its listener waits for 'sent', the outbox emits
# 'send'), while, in another worker, a passing test's before hook opens the optional template store and console.warn()s
# pg's refusal. Under --tap the warning comes before the failing test's `not ok` line and is read as its output; AVA's
# YAML `message: Test finished without running any assertions` is read by no rule.
P34A_AVA=ava-attack34a-tap-no-assertions
A34A_AVA_WHY="src/messages.js's Outbox.flush emits 'send' where 'sent' was meant (the event its listeners wait for), so 'announces each message it sends' (its only assertion inside an 'sent' listener) fails with AVA's 'Test finished without running any assertions', also with PostgreSQL up (the -postgres-up control). No test fails on a service: in another file a PASSING test's before hook opens the optional template store and console.warn()s 'templates: store disabled, using the built-in templates: connect ECONNREFUSED 127.0.0.1:5432' (pg 8, nothing listening)."
record other-test-output ava-tap-no-assertions-beside-passing-store-logged-refusal ava javascript code high $P34A_AVA \
  'unshare --net sh -c "ip link set lo up; ava --tap"' \
  "$A34A_AVA_WHY Under --tap the other worker's warning is printed above 'not ok 1 - outbox › ...' and is read as that test's output (the TAP/node:test dialect, untouched by b82d04c), and AVA's 'message: Test finished without running any assertions' is read by no rule: infrastructure/high [postgresql]. The default reporter gives infrastructure/ambiguous at b82d04c (the warning, above '✘ [fail]:', is read as the failing test's output: b82d04c's 'listed' marker with afterOutput)."
record other-test-output ava-no-assertions-beside-passing-store-logged-refusal ava javascript code high $P34A_AVA \
  'unshare --net sh -c "ip link set lo up; ava"' \
  "$A34A_AVA_WHY Default reporter: the warning comes above '✘ [fail]: outbox › ... Test finished without running any assertions' and b82d04c's listed marker (afterOutput) makes it the failing test's output: infrastructure/ambiguous at b82d04c (near miss; the plain Error of the details keeps it from high)."
record other-test-output ava-tap-no-assertions-postgres-up ava javascript code high $P34A_AVA \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh ava --tap"' \
  "The first case run with PostgreSQL UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's line first): the store opens, and 'announces each message it sends' still fails with 'Test finished without running any assertions' (control)."
