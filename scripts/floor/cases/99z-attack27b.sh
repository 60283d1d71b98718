# Attack 27b: the client knowledge of 44192b8 (Node: `connect ETIMEDOUT` with and without an
# address, nats.js's `ConnectionError: connection refused`) and efa68ea (the JVM's connect timeout,
# Apache HttpClient's endpoint, ClickHouse speaking HTTP on 8123). Each is broken code that fails
# with every service up too; each was infrastructure/high at b61bc96. The timeouts are real: net.sh
# (run inside `unshare --net`) routes 10.0.0.0/8 out on lo, where no address takes it, so a SYN to
# 10.255.255.1 is never answered, as on a runner whose network drops that range. Sourced by generate.sh.

K=own-connect-timeout
record $K junit-console-connect-timeout-caught-connectexception-only junit-console java infrastructure ambiguous java-attack27b-connect-timeout \
  'unshare --net sh net.sh sh run.sh tree' \
  "PriceFeed.latest() falls back to the last price on java.net.ConnectException only; a connect timeout is a SocketTimeoutException (an InterruptedIOException, no ConnectException), so the test that dials 10.255.255.1 (it drops packets) on purpose fails with it: a code defect that needs no service. efa68ea's network.jvm.connect-timeout calls the bare 'SocketTimeoutException: Connect timed out' infrastructure/high with no service named (1f27b19: code/ambiguous). Nothing in the log names a service or a service's address."
record $K junit-console-flat-connect-timeout-caught-connectexception-only junit-console java infrastructure ambiguous java-attack27b-connect-timeout \
  'unshare --net sh net.sh sh run.sh flat' \
  "The same under --details=flat: infrastructure/high (efa68ea), code/ambiguous at 1f27b19."

record $K node-test-probe-etimedout-private-address-timer-in-seconds node-test node infrastructure ambiguous node-attack27b-probe-etimedout \
  'unshare --net sh net.sh node --test' \
  "probe() multiplies its timeoutMs by 1000 ('seconds → ms'), so the test that dials 10.255.255.1:5432 on purpose to see the probe give up within 300 ms waits for the kernel instead (133 s) and gets 'Error: connect ETIMEDOUT 10.255.255.1:5432': a code defect, with PostgreSQL up too (nothing of it is at 10.255.255.1). 44192b8's network.connect-timeout.endpoint reads 10.x as a local host and the port as PostgreSQL's: infrastructure/high [postgresql] (1f27b19: code/ambiguous)."

record $K node-test-spec-probe-etimedout-private-address-timer-in-seconds node-test node infrastructure ambiguous node-attack27b-probe-etimedout \
  'unshare --net sh net.sh node --test --test-reporter=spec' \
  "The same under the spec reporter (the TAP one is the default without a terminal): infrastructure/high [postgresql] (44192b8), code/ambiguous at 1f27b19."

K=client-named-code
record $K mocha-own-connect-etimedout-wrong-socket-event mocha node code ambiguous node-attack27b-own-connect-timeout \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "LineClient.connect() waits for the socket's 'connection' event (net.Server's name; a socket emits 'connect'), so its own connectTimeout timer always fires and rejects with the words it copied from mysql2, 'Error: connect ETIMEDOUT', against the test's own server on an ephemeral port: a code defect that needs no service; the stack is the project's src/lineclient.js. 44192b8's network.connect-timeout.client reads the bare line as a client's connect timeout: infrastructure/high, no service named (1f27b19: code/ambiguous)."
record $K mocha-retry-off-by-one-own-connectionerror mocha node code ambiguous node-attack27b-retry-connectionerror \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "connectWithRetry() loops 'attempt < attempts', one attempt short, so the test's fake transport (no socket at all) that refuses twice with the project's own ConnectionError('connection refused') and answers the third time fails with 'ConnectionError: connection refused': an off-by-one. 44192b8's nats.js pattern in network.refused: infrastructure/high, no service named (1f27b19: code/ambiguous)."

K=server-answer-expected
record $K pytest-hass-client-default-url-8123-fake-server pytest python code high py-attack27b-hass-default-url \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider tests"' \
  "HassClient.state() builds its URL from DEFAULT_URL (Home Assistant's http://localhost:8123) instead of self.base_url, so the test against its own fake Home Assistant on an ephemeral port is refused on localhost:8123 (requests/urllib3): a code defect that fails with any service up. efa68ea's http: true for ClickHouse turns 'an HTTP client refused on a port of a service that speaks no HTTP' (1f27b19: code/high) into infrastructure/high [clickhouse]."
record $K junit-console-apache-hass-client-default-url-8123-fake-server junit-console java code high java-attack27b-apache-hass \
  'unshare --net sh -c "ip link set lo up; sh run.sh tree"' \
  "The same defect in Java with Apache HttpClient 4 (Debian's libhttpclient-java) against a com.sun.net.httpserver fake: 'HttpHostConnectException: Connect to localhost:8123 [localhost/127.0.0.1] failed: Connection refused'. infrastructure/high [clickhouse] at b61bc96 by efa68ea's network.apache-httpclient.endpoint with ClickHouse now speaking HTTP; 1f27b19 also said infrastructure/high [clickhouse] (by the Caused by: ConnectException and the port), so this one is older than the round."
