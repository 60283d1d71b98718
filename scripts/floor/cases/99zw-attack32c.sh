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
  "$A32C_WHY d2383b0 keeps rule network.cannot-connect-named sure for a message after any class matching [\\w.\$]*Connection\\w*(Exception|Error), meant for a client's or framework's type (Spring's RedisConnectionFailureException); the project's CacheConnectionError matches, mocha prints no source line for the new in-message rule to read, and both failing units are infrastructure/high [redis]: the run is infrastructure/high for a regex defect."
record $K mocha-own-connection-error-class-url-guard-names-connect-redis-up mocha node code high $P32C \
  "unshare --net sh -c \"ip link set lo up; ci/with-redis.sh mocha\"" \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): the fallback test passes without a refusal and the run fails on the guard alone; still infrastructure/high [redis] from network.cannot-connect-named."
