# Attack 33c (main at 6e6007d): Go's testable examples. A failing `func ExampleX` prints its mismatch as
# `--- FAIL: ExampleX`, then `got:` and `want:` each on a line of its own with the outputs below them; no rule
# reads that shape (code.expectation's Go idioms want `got ... want` on one line, or a `_test.go:N:` line). The
# example dials the cart's optional Redis price cache as production does; nothing listens on 127.0.0.1:6379
# (`unshare --net` with lo up), so the cache logs its real refusal inside the example's span and the cart goes on
# uncached. The defect fails with Redis up too (-redis-up). Sourced by generate.sh.
P33C_EX=go-attack33c-example-output
A33C_EX_WHY="cart.go's Format renders cents with %d where %02d was meant, so 405 cents reads '4.5'; ExampleCart_Total's '// Output: 4.05' fails with Go's own got:/want: blocks (got: 4.5, want: 4.05), Redis up or down (the -redis-up case). The example dials the optional price cache, which logs its real refusal ('cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused', nothing listening) and goes on uncached; TestTotal passes after logging the same."
record printed-mismatch go-v-example-output-got-want-beside-cache-refusal go go code high $P33C_EX \
  "unshare --net sh -c \"ip link set lo up; go test -v ./...\"" \
  "$A33C_EX_WHY No rule on main (6e6007d) reads a failing example's got:/want: blocks (code.expectation's Go idioms need got and want on one line or a _test.go:N: line), so the example's unit holds only the logged refusal (network.refused.endpoint) and the run is infrastructure/high [redis]."
record printed-mismatch go-json-example-output-got-want-beside-cache-refusal go go code high $P33C_EX \
  "unshare --net sh -c \"ip link set lo up; go test -json ./...\"" \
  "$A33C_EX_WHY The same under go test -json: the example's Output events hold the logged refusal and the got:/want: lines, which no rule reads; infrastructure/high [redis] on main (6e6007d)."
record printed-mismatch go-v-example-output-got-want-redis-up go go code high $P33C_EX \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh go test -v ./...\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal anywhere and the example fails on the same got: 4.5 / want: 4.05 (code/ambiguous on main: the blocks are read as no reason at all)."
record printed-mismatch gotestsum-example-output-got-want-beside-cache-refusal gotestsum go code high $P33C_EX \
  "unshare --net sh -c \"ip link set lo up; gotestsum\"" \
  "$A33C_EX_WHY The same under gotestsum's default format (Debian's gotestsum): its '=== Failed' section repeats the example's output, the logged refusal and the got:/want: lines, which no rule reads; infrastructure/high [redis] on main (6e6007d)."
record printed-mismatch gotestsum-testname-example-output-got-want-beside-cache-refusal gotestsum go code high $P33C_EX \
  "unshare --net sh -c \"ip link set lo up; gotestsum --format testname\"" \
  "$A33C_EX_WHY The same under gotestsum --format testname (the example's output inline, then again under '=== Failed'); infrastructure/high [redis] on main (6e6007d)."

# The same gap with Debian's lib/pq (golang-github-lib-pq-dev, GOPATH mode as in attack 28a): the orders report's
# example opens its optional PostgreSQL audit database, which logs pq's real refusal (nothing listening on
# 127.0.0.1:5432) and goes on printing only; the example's got:/want: blocks show the defect.
P33C_PQ=go-attack33c-example-pq
A33C_GO='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/report && cd $G/src/github.com/acme/report && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test -v"'
A33C_PQ_WHY="report.go's Print sums the day's total over orders[1:], so the first order is left out: ExamplePrint's '// Output:' wants 'total 16.49' and gets 'total 3.99' (Go's got:/want: blocks), PostgreSQL up or down (the -postgres-up case). The example opens the optional audit database with lib/pq (Debian's golang-github-lib-pq-dev); with nothing listening on 127.0.0.1:5432 the project logs 'report: audit disabled: dial tcp 127.0.0.1:5432: connect: connection refused' and prints the report unaudited; TestPrintLines passes after logging the same."
record printed-mismatch go-v-example-output-got-want-beside-pq-audit-refusal go go code high $P33C_PQ \
  "${A33C_GO//PRE /}" \
  "$A33C_PQ_WHY No rule on main (6e6007d) reads a failing example's got:/want: blocks, so the example's unit holds only the logged refusal (network.refused.endpoint) and the run is infrastructure/high [postgresql]."
record printed-mismatch go-v-example-output-got-want-pq-postgres-up go go code high $P33C_PQ \
  "${A33C_GO//PRE /ci/with-postgres.sh env }" \
  "The first case run with PostgreSQL UP on 127.0.0.1:5432 (ci/with-postgres.sh: pg_isready's line is the log's first): the audit database answers, no refusal anywhere, and the example fails on the same got:/want: (total 3.99 for 16.49)."

# Attack 33c, second hole (61d3eb8): gocheck (gopkg.in/check.v1, Debian's golang-gopkg-check.v1-dev, GOPATH mode)
# inside go test. 61d3eb8 made each gocheck `FAIL: file_test.go:N: Suite.TestX` block a unit of its own, running to
# the next marker; gocheck prints a passing test nothing (or a `PASS:` line under -check.v, `START:`/`PASS:` under
# -check.vv, none of them markers), so what the NEXT test prints while it runs falls inside the failed test's unit.
# Its assertion, `c.Assert(...)` with `... obtained string = "4.5"` / `... expected string = "4.05"`, is read by no
# rule. The suite's passing TestTotal dials the cart's optional Redis price cache, which logs its real refusal
# (nothing listening on 127.0.0.1:6379, `unshare --net` with lo up) inside TestFormat's unit. Redis up: the same
# failure (-redis-up). Sourced by generate.sh.
P33C_GC=go-attack33c-gocheck-next-test
A33C_GCCMD='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/cart && cd $G/src/github.com/acme/cart && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test ARGS"'
a33c_gc() { local c=${A33C_GCCMD//PRE /$1}; printf '%s' "${c//ARGS/$2}"; }
A33C_GC_WHY="cart.go's Format renders cents with %d where %02d was meant, so 405 cents reads '4.5': gocheck's CartSuite.TestFormat fails on 'c.Assert(Format(405), Equals, \"4.05\")' with '... obtained string = \"4.5\"' / '... expected string = \"4.05\"', Redis up or down (the -redis-up case). The next test, TestTotal, passes after the cart's optional price cache logs its real refusal ('cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused', nothing listening)."
A33C_GC_BLAME="61d3eb8 made each gocheck FAIL block a unit that runs to the next marker; no passing test's line is one, so the next test's logged refusal lands in TestFormat's unit, whose obtained/expected lines no rule reads: the unit is infrastructure/high [redis] (network.refused.endpoint) and so is the run. At 61d3eb8's parent the same log was infrastructure/ambiguous (go's '--- FAIL: Test' one unit)."
record other-test-output go-v-gocheck-obtained-expected-next-test-cache-refusal go go code high $P33C_GC \
  "$(a33c_gc '' -v)" "$A33C_GC_WHY $A33C_GC_BLAME"
record other-test-output go-gocheck-v-obtained-expected-next-test-cache-refusal go go code high $P33C_GC \
  "$(a33c_gc '' -check.v)" "$A33C_GC_WHY Under gocheck's -check.v (a 'PASS: cart_test.go:27: CartSuite.TestTotal' line after the refusal, no marker). $A33C_GC_BLAME"
record other-test-output go-gocheck-vv-obtained-expected-next-test-cache-refusal go go code high $P33C_GC \
  "$(a33c_gc '' -check.vv)" "$A33C_GC_WHY Under gocheck's -check.vv (streamed: 'START:' and the assertion come before the 'FAIL:' line, then the next test's 'START:', its refusal and 'PASS:', none a marker, so the unit opened by 'FAIL:' holds the refusal and not the assertion). $A33C_GC_BLAME"
record other-test-output go-json-gocheck-obtained-expected-next-test-cache-refusal go go code high $P33C_GC \
  "$(a33c_gc '' -json)" "$A33C_GC_WHY Under go test -json (control): infrastructure/ambiguous on main (6e6007d)."
record other-test-output go-v-gocheck-obtained-expected-redis-up go go code high $P33C_GC \
  "$(a33c_gc 'ci/with-redis.sh env ' -v)" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal anywhere and TestFormat fails on the same obtained/expected lines (code/ambiguous on main: they are read as no reason)."

# The example gap under plain `go test ./...` (no -v, the command most CI jobs run): go prints a passing example
# nothing, so what the NEXT example logs while it runs comes right after the failed example's got:/want: blocks,
# inside its unit. ExampleFormat fails without touching the cache; ExampleCart_Total, next, passes after the cart's
# optional Redis price cache logs its real refusal (nothing listening on 127.0.0.1:6379). Redis up: -redis-up.
P33C_EX2=go-attack33c-example-next-example
A33C_EX2_WHY="cart.go's Format renders cents with %d where %02d was meant, so ExampleFormat's '// Output: 4.05' gets '4.5' (Go's got:/want: blocks), Redis up or down (the -redis-up case). ExampleFormat never dials Redis: the refusal in its unit is the next example's, ExampleCart_Total, which passes after the optional price cache logs 'cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused' (nothing listening); plain go test prints a passing example no line of its own."
record other-test-output go-example-output-got-want-next-example-cache-refusal go go code high $P33C_EX2 \
  "unshare --net sh -c \"ip link set lo up; go test ./...\"" \
  "$A33C_EX2_WHY On main (6e6007d) the failing example's unit runs from its '--- FAIL:' line to the package's FAIL, so it holds the next example's logged refusal and got:/want: lines no rule reads: infrastructure/high [redis] (network.refused.endpoint). Under go test -v (=== RUN lines part them) the same run is code/ambiguous."
record other-test-output go-example-output-got-want-next-example-redis-up go go code high $P33C_EX2 \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh go test ./...\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal anywhere and ExampleFormat fails on the same got: 4.5 / want: 4.05."
