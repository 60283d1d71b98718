# Attack 32c (d2383b0): network.cannot-connect-named stays sure when 'cannot connect to <service>' is the message of an
# exception class named '...Connection...Error'. A project's own error class is named that way as readily as a
# client's: lib/cache.js's CacheConnectionError, thrown by connect()'s URL guard before any dial. mocha prints the
# error as '     CacheConnectionError: cannot connect to redis: ...' at the line's start and never echoes the source
# line (Python's traceback does: the same guard under unittest shows its 'raise ...' line, which the new in-message
# rule reads, and the run is only infrastructure/ambiguous). The refusal is real (ioredis, nothing listening on 127.0.0.1:6379,
# `unshare --net` with lo up), in a passing test; the defect fails with Redis up too (-redis-up). Sourced by generate.sh.
K=client-named-code
P32C=mocha-attack32c-cache-url-host-pattern
A32C_WHY="lib/cache.js's URL_RE matches the host with [a-z0-9-]+, a character class missing the dot, so every dotted host (127.0.0.1, cache.internal) fails the pattern and connect() throws the project's own guard 'CacheConnectionError: cannot connect to redis: REDIS_URL redis://127.0.0.1:6379/0 is not redis://host:port[/db]' before any connection is attempted, with Redis up too (the -redis-up case). Beside it a passing test's ioredis client is really refused (nothing listening on 127.0.0.1:6379) and logs it."
record $K mocha-own-connection-error-class-url-guard-names-connect-beside-refused mocha node code high $P32C \
  "unshare --net sh -c \"ip link set lo up; mocha\"" \
  "$A32C_WHY d2383b0 keeps rule network.cannot-connect-named sure for a message after any class matching [\\w.\$]*Connection\\w*(Exception|Error), meant for a client's or framework's type (Spring's RedisConnectionFailureException); the project's CacheConnectionError matches, mocha prints no source line for the new in-message rule to read, and both failing units are infrastructure/high [redis]: the run is infrastructure/high for a regex defect. Also infrastructure/high at d548c8f (before d2383b0): the old rule's hole, which d2383b0's carve-out for a '...Connection...Error' class leaves open."
record $K mocha-own-connection-error-class-url-guard-names-connect-redis-up mocha node code high $P32C \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh mocha\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): the fallback test passes without a refusal and the run fails on the guard alone; still infrastructure/high [redis] from network.cannot-connect-named."

# Attack 32c, second hole (60d1e99): code.expectation's Go idiom `\S\) = ...[;,] want \S` now refuses any line holding
# one of its connection words (refused, dial, connect, timeout, unreachable, lookup, EOF...), meant for a value that is
# a connection's error (`Ping() = dial tcp ...: refused, want <nil>`). The words are matched anywhere, also in the
# function's own name: a price function called lookup() printing `lookup("apple") = 0, want 100` (log.Printf before
# t.Fail(), the idiom 60d1e99's comment names) is no longer a mismatch, and the test's only other line, the cache's
# logged fallback `cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused` (a real refusal,
# nothing listening, `unshare --net` with lo up), explains it alone. go-attack30b-printed-mismatch's Total() is the
# control (code/high). The defect fails with Redis up too (-redis-up).
P32C_GO=go-attack32c-printed-lookup
A32C_GO_WHY="prices.go's lookup() normalises a SKU with strings.ToUpper where the catalogue (and the cache) key SKUs in lower case, so every price is 0 and TestLookup prints 'lookup(\"apple\") = 0, want 100' with log.Printf and calls t.Fail(); Redis up or down (the -redis-up case) it fails the same. The cart's optional price cache logs its real refusal ('cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused', nothing listening) and goes on uncached, in both tests; TestLookupUnknown passes."
record printed-mismatch go-v-printed-want-function-named-lookup-beside-cache-refusal go go code high $P32C_GO \
  "unshare --net sh -c \"ip link set lo up; go test -v ./...\"" \
  "$A32C_GO_WHY 60d1e99 gave code.expectation's printed Go idiom a lookahead refusing any line with '\\blookup\\b' (or connect, dial, timeout, EOF...) anywhere, so the function's own name hides the mismatch; the failing unit keeps only the logged refusal (network.refused.endpoint) and the run is infrastructure/high [redis]. At 0072ef9 (60d1e99's parent, after f1159a0 read the printed idiom) the same log was code/high [code.expectation]; the same log with the function renamed priceOf is code/high at d2383b0."
record printed-mismatch go-v-printed-want-function-named-lookup-redis-up go go code high $P32C_GO \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh go test -v ./...\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): the cache answers (nil for every SKU), no refusal anywhere, and TestLookup fails on the same 'lookup(\"apple\") = 0, want 100'; with nothing else in the unit this one is expected code (unexplained at worst), not infrastructure/high."
