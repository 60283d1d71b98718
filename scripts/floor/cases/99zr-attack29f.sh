# Attack 29f (fresh-eyes review of 85babf1..59980a5). Sourced by generate.sh.
# 1. a596fe2 (tool.python.server-program-not-found, sharpened in 59980a5) reads CPython's
#    `FileNotFoundError: [Errno 2] No such file or directory: 'memcached'` as memcached not installed, high. CPython
#    names the program whenever exec fails on every directory of the PATH the child was GIVEN (env=...): a test
#    harness that replaces PATH instead of prepending to it gets the same words with memcached installed
#    (/usr/bin/memcached) and running.
# 2. 3c71fa5 reads netty's `Connection refused: /127.0.0.1:6379` (InetSocketAddress of a literal IP) as its endpoint:
#    a RESP client that dials its DEFAULT_PORT instead of the port it was given, beside the test's own fake server on
#    a free port. Already infrastructure/high at 85babf1 (network.refused from the Caused by: line and port 6379).
# Debian's python3 3.11 + pytest 7.2, memcached 1.6; netty 4.1.48 (libnetty-java), JUnit 4.13, redis-server.
A29F_PY='unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider"'
A29F_JAVA='unshare --net sh -c "ip link set lo up; ./run-tests.sh"'

record server-program-path pytest-memcached-harness-path-replaced-not-prepended pytest python code high py-attack29f-memcached-path-replaced \
  "$A29F_PY" \
  "memcached 1.6 is installed (/usr/bin/memcached). tests/conftest.py builds the environment of everything the tests start as dict(os.environ, PATH=str(FAKES)): it replaces PATH with the folder of the tests' fake sendmail where it meant to prepend it (PATH=f\"{FAKES}{os.pathsep}{os.environ['PATH']}\"), so the private_memcached fixture's subprocess.Popen(['memcached', ...], env=TEST_ENV) finds no memcached and CPython raises FileNotFoundError: [Errno 2] No such file or directory: 'memcached' (it names the program for any exec failure along the child's PATH). Beside the health test's refusal on 127.0.0.1:11211. a596fe2's tool.python.server-program-not-found reads it as memcached not installed: infrastructure/high [memcached] (85babf1: tool.spawn-failed, infrastructure/ambiguous). The fixtures fail the same with memcached up (next case); prepending makes all three tests pass."
record server-program-path pytest-memcached-harness-path-replaced-not-prepended-memcached-up pytest python code high py-attack29f-memcached-path-replaced \
  "$(printf '%s' "$A29F_PY" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-memcached.sh #')" \
  "The previous case run with memcached UP on 127.0.0.1:11211 (ci/with-memcached.sh; memcached's VERSION answer is the log's first line): the health test passes, the two tests using the private_memcached fixture still fail with FileNotFoundError 'memcached' (PATH replaced), the run's only failures. infrastructure/high [memcached] with memcached installed and running (a596fe2)."

record server-answer-expected junitcore-netty-resp-client-dials-default-port-not-given-port junitcore java code high java-attack29f-netty-default-port \
  "$A29F_JAVA" \
  "RespClient(host, port) connects to new InetSocketAddress(host, DEFAULT_PORT) instead of (host, port), so the test's own FakeRedis on a free port is never dialled: netty's AbstractChannel\$AnnotatedConnectException: Connection refused: /127.0.0.1:6379 (the client was given the literal 127.0.0.1, so Java's InetSocketAddress prints no host name). The trace is the event loop's only; no line says the test had its own server. 3c71fa5 reads the empty-host form as the refused endpoint (network.refused.endpoint, port 6379: Redis): infrastructure/high [redis]; 85babf1 already said infrastructure/high [redis] (network.refused on the Caused by: line, Redis from the port). With Redis up the client talks to the real Redis and the fake records nothing (next case); dialling the given port passes."
record server-answer-expected junitcore-netty-resp-client-dials-default-port-not-given-port-redis-up junitcore java code high java-attack29f-netty-default-port \
  "$(printf '%s' "$A29F_JAVA" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): the client's SET reaches the real Redis, the test's fake records nothing, java.lang.AssertionError: expected:<[[SET, flag:dark-mode, 1]]> but was:<[]> (control: code/high)."
