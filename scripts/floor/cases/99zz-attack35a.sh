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
