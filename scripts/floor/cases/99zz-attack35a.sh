# Attack 35a (fresh eyes) on 40eb21e.
#
# 1. A Go example whose SHORT output (two lines) is a refusal it was MEANT to print plus a one-line mismatch.
# 40eb21e excuses code.go-example-output when the output between got: and want: is at most 3 lines
# (GO_EXAMPLE_REFUSAL_LINES) and holds the unit's last connection error; it never asks whether want: holds the
# same refusal line (the example documents it) nor whether another line differs.
P35A_SHORT=go-attack35a-example-short-refusal
A35A_SHORT_WHY="health.go's Report.String prints r.Down where r.Up was meant, so ExampleCheck (which dials only the cache, a Redis it expects absent, and documents its refusal) prints '1 of 1 up' where its '// Output:' says '0 of 1 up'; the first line of got: and want: is the same documented refusal 'cache: down (dial tcp 127.0.0.1:6379: connect: connection refused)' (real, nothing listening). With Redis up the example fails too (the -redis-up control: 'cache: up')."
A35A_SHORT_BLAME="40eb21e (GO_EXAMPLE_REFUSAL_LINES = 3, on b82d04c's got:/want: excuse) drops code.go-example-output when the output between got: and want: is 3 lines or fewer and holds the unit's last connection error: a two-line output of which one line is the refusal the example was written to print (want: holds it too) passes for the outage's, and the unit is infrastructure/high [redis] (network.refused.endpoint)."
record printed-mismatch go-v-example-short-output-documents-refusal-summary-wrong go go code high $P35A_SHORT \
  "unshare --net sh -c \"ip link set lo up; go test -v ./...\"" "$A35A_SHORT_WHY $A35A_SHORT_BLAME"
record printed-mismatch go-example-short-output-documents-refusal-summary-wrong go go code high $P35A_SHORT \
  "unshare --net sh -c \"ip link set lo up; go test ./...\"" "$A35A_SHORT_WHY Plain go test. $A35A_SHORT_BLAME"
record printed-mismatch go-json-example-short-output-documents-refusal-summary-wrong go go code high $P35A_SHORT \
  "unshare --net sh -c \"ip link set lo up; go test -json ./...\"" "$A35A_SHORT_WHY Under go test -json. $A35A_SHORT_BLAME"
record printed-mismatch go-v-example-short-output-documents-refusal-redis-up go go code high $P35A_SHORT \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh go test -v ./...\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: PONG is the log's first line): no refusal, the same one-line summary mismatch plus 'cache: up' (control)."

# 2. gocheck's `... obtained T = v` whose v is a REAL dial error, left by a different (passing) test's state.
# 40eb21e excuses the obtained line when v holds OpError/connection refused/dial tcp/...: it never asks whether the
# failing test is the one that dialled.
P35A_GC=go-attack35a-gocheck-obtained-previous-test-dial
A35A_GCCMD='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/link && cd $G/src/github.com/acme/link && unshare --net sh -c "ip link set lo up; PRE GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test ARGS"'
a35a_gc() { local c=${A35A_GCCMD//PRE /$1}; printf '%s' "${c//ARGS/$2}"; }
A35A_GC_WHY="link.go's Link.Reset clears the failure count but not the remembered first error (the 'l.err = nil' line is missing), so gocheck's LinkSuite.TestReset (Fail('probe timed out'), Reset, then 'c.Assert(s.link.State(), Equals, \"ok\")') fails. The suite shares one Link; the PASSING TestProbe before it probed the optional status cache and left its real refusal as the link's first error, so the failing test's obtained value is '... obtained string = \"dial tcp 127.0.0.1:6379: connect: connection refused\"' (nothing listening). With Redis up TestReset fails the same way on '... obtained string = \"probe timed out\"' (the -redis-up control)."
A35A_GC_BLAME="b82d04c/40eb21e's gocheck pattern (code.expectation '^\\.\\.\\. obtained T = ' unless the value holds OpError|connection refused|dial tcp/udp|no such host|i/o timeout|connect: ) drops the mismatch when the obtained VALUE is a real dial error; here it is another test's, stored in shared state, and the failing assertion compares it to 'ok': the obtained line is read as the unit's refusal and the unit is infrastructure/high [redis] (network.refused.endpoint)."
record other-test-output go-gocheck-obtained-previous-test-dial-error-reset-wrong go go code high $P35A_GC \
  "$(a35a_gc '' '')" "$A35A_GC_WHY $A35A_GC_BLAME"
record other-test-output go-v-gocheck-obtained-previous-test-dial-error-reset-wrong go go code high $P35A_GC \
  "$(a35a_gc '' -v)" "$A35A_GC_WHY Under go test -v. $A35A_GC_BLAME"
record other-test-output go-gocheck-v-obtained-previous-test-dial-error-reset-wrong go go code high $P35A_GC \
  "$(a35a_gc '' -check.v)" "$A35A_GC_WHY Under -check.v. $A35A_GC_BLAME"
record other-test-output go-gocheck-obtained-previous-test-dial-error-redis-up go go code high $P35A_GC \
  "$(a35a_gc 'ci/with-redis.sh env ' '')" \
  "The first case run with Redis UP on 127.0.0.1:6379 (PONG is the log's first line): no refusal, TestReset fails on '... obtained string = \"probe timed out\"' (control)."

# 3. ExecutionException wrapping a PROJECT exception (class name without an Exception/Error suffix) whose message is
# the text of a refusal it had no kind for. network.refused.java-quoted (only possible) needs the quoting class to end
# in Exception|Error; 40eb21e excludes the JDK's pure wrappers from it; neither reads `com.acme.status.Unclassified:`.
P35A_J=java-attack35a-execution-wraps-project-unclassified
A35A_J_WHY="Kind.java imports java.rmi.ConnectException where java.net.ConnectException was meant (an IDE auto-import), so Kind.of does not know the probe's refusal (from the status page's documented example: no Redis on 127.0.0.1:6379, nothing listening) and throws the project's com.acme.status.Unclassified(e.toString()); the probe runs on an executor, so the JUnit 4 test sees 'java.util.concurrent.ExecutionException: com.acme.status.Unclassified: java.net.ConnectException: Connection refused' instead of Kind.DOWN. With Redis up the test fails too (expected:<DOWN> but was:<UP>, the -redis-up control)."
A35A_J_BLAME="network.refused.java-quoted (made only possible for a project's class in b82d04c, widened to any non-wrapper in 40eb21e) matches only a quoting class whose name ends in Exception|Error; the project's Unclassified does not, and the ExecutionException before it is one of 40eb21e's JDK_WRAPPERS, so the line is read as a sure refusal: infrastructure/high (network.refused, unnamed service)."
record unrecognised-exception junitcore-execution-wraps-project-unclassified-quoting-refusal junitcore java code high $P35A_J \
  "unshare --net sh -c \"ip link set lo up; ./run.sh\"" "$A35A_J_WHY $A35A_J_BLAME"
record unrecognised-exception junitcore-execution-wraps-project-unclassified-redis-up junitcore java code high $P35A_J \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh ./run.sh\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (PONG is the log's first line): no refusal, the probe reads UP and the test fails on expected:<DOWN> but was:<UP> (control)."
