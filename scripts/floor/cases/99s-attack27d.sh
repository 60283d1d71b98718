# Attack 27d: d7ba5e5's network.refused.strerror (an exception headline whose whole message is the
# OS's 'Connection refused' is a sure refusal) and its Nette Tester dialect. The refusals are real
# connects to loopback ports nothing listens on; each project's own exception class carries the
# socket's own words (PHP's stream errstr, Java's ConnectException message, Python's strerror) or a
# fixed 'Connection refused', as many projects' wrappers do. Each is broken code that fails with
# every service up too (the tests dial ports of their own). Sourced by generate.sh.
# The Nette Tester cases need NETTE_TESTER: a checkout of nette/tester v2.6.1 (github.com/nette/tester,
# tag v2.6.1; Debian does not package it), exported before generate.sh runs; it is not copied here.

K=client-named-code
record $K nette-tester-retry-off-by-one-own-connectionexception nette-tester php code ambiguous php-attack27d-nette-retry \
  'unshare --net sh -c "ip link set lo up; php $NETTE_TESTER/src/tester.php tests/ -p php -o console"' \
  "Connector::connect() loops 'attempt < attempts', one attempt short, so the test whose loopback server starts listening after the second refusal fails with the project's own 'App\\Net\\ConnectionException: Connection refused' (stream_socket_client's errstr) thrown from src/Connector.php: an off-by-one that needs no service. d7ba5e5's network.refused.strerror: infrastructure/high, no service named (f008c7e: code/ambiguous)."
record $K nette-tester-tap-retry-off-by-one-own-connectionexception nette-tester php code ambiguous php-attack27d-nette-retry \
  'unshare --net sh -c "ip link set lo up; php $NETTE_TESTER/src/tester.php tests/ -p php -o tap"' \
  "The same under Tester's TAP printer ('# App\\Net\\ConnectionException: Connection refused'): infrastructure/high at d7ba5e5 (f008c7e: code/ambiguous)."
record $K phpunit-redis-failover-always-first-node-own-exception phpunit php code ambiguous php-attack27d-phpunit-failover \
  'unshare --net sh -c "ip link set lo up; phpunit tests"' \
  "RedisFailover::connect() dials \$this->nodes[0] on every turn of its loop instead of \$node, so the test whose first node is a closed loopback port and whose second is a listening one fails with the project's 'App\\Cache\\RedisUnavailableException: Connection refused' (stream errstr): a code defect that needs no Redis. d7ba5e5's network.refused.strerror, with the service taken from the class and file names: infrastructure/high [redis] (f008c7e: code/ambiguous)."
record $K phpunit-testdox-redis-failover-always-first-node-own-exception phpunit php code ambiguous php-attack27d-phpunit-failover \
  'unshare --net sh -c "ip link set lo up; phpunit --testdox tests"' \
  "The same under --testdox: infrastructure/high [redis] at d7ba5e5 (f008c7e: code/ambiguous)."
record $K minitest-retry-off-by-one-own-connectionerror minitest ruby code ambiguous rb-attack27d-minitest-retry \
  'unshare --net sh -c "ip link set lo up; ruby -Ilib test/connector_test.rb"' \
  "Feed::Connector#connect gives up at 'attempt >= @attempts - 1', one attempt short, raising the project's 'Feed::ConnectionError: Connection refused' after the second real refusal, before the test's loopback server (started at the second pause) is tried: an off-by-one that needs no service. d7ba5e5's network.refused.strerror (Ruby's A::B::Error headline): infrastructure/high, no service named (f008c7e: code/ambiguous)."
record $K mocha-retry-off-by-one-own-connectionerror-strerror mocha node code ambiguous node-attack27d-retry-strerror \
  'unshare --net sh -c "ip link set lo up; mocha"' \
  "Attack 27b's off-by-one again with a real socket and the words capitalised: dial() turns ECONNREFUSED into the project's ConnectionError('Connection refused') and connectWithRetry() loops 'attempt < attempts', so the test's loopback server, started at the second pause, is never tried. d01631b made nats.js' lower-case 'ConnectionError: connection refused' possible only; d7ba5e5's network.refused.strerror takes the capitalised one as sure: infrastructure/high, no service named (f008c7e: code/ambiguous)."
record $K unittest-retry-off-by-one-own-transporterror python-unittest python code ambiguous py-attack27d-retry-strerror \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m unittest -v"' \
  "connect_with_retry() loops range(1, attempts), one attempt short, and raises the project's TransportError(exc.strerror) outside the except block (no chained ConnectionRefusedError), so the test's loopback server, started at the second pause, is never tried: 'feed.connector.TransportError: Connection refused'. d7ba5e5's network.refused.strerror: infrastructure/high, no service named (f008c7e: code/ambiguous)."
record $K pytest-native-retry-off-by-one-own-transporterror pytest python code ambiguous py-attack27d-retry-strerror \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider --tb=native"' \
  "The same under pytest --tb=native: infrastructure/high at d7ba5e5 (f008c7e: code/ambiguous). pytest's default long traceback shows the except clause's source and stays infrastructure/ambiguous."
record $K junitcore-retry-off-by-one-own-transportexception junitcore java code ambiguous java-attack27d-retry-strerror \
  'unshare --net sh -c "ip link set lo up; sh run.sh"' \
  "Connector.connect() loops 'attempt < attempts', one attempt short, and throws the project's TransportException(e.getMessage()) (the JDK's ConnectException says just 'Connection refused'), without the cause, so the test's loopback ServerSocket, opened at the second pause, is never tried: 'com.acme.feed.TransportException: Connection refused'. d7ba5e5's network.refused.strerror: infrastructure/high, no service named (f008c7e: code/ambiguous)."

K=unrecognised-exception
record $K nette-tester-e-warning-null-property-after-logged-redis-refusal nette-tester php code high php-attack27d-nette-warning \
  'unshare --net sh -c "ip link set lo up; php $NETTE_TESTER/src/tester.php tests/ -p php -o console"' \
  "Converter::convert() looks the rate up by strtolower(\$currency) while the rates are keyed by upper-case codes, so \$rate is null and the test dies of Tester's 'E_WARNING: Attempt to read property \"value\" on null' (Tester makes warnings fatal); the optional Redis cache was refused in the test's bootstrap and the code went on without it, logging 'RedisException: Connection refused' (Tester prints it under STDERR: in the same failure). d7ba5e5's Nette Tester dialect puts both in one unit and reads no error in Tester's 'E_WARNING:' line: infrastructure/high [redis] (also so at f008c7e, read without the dialect)."
record $K nette-tester-tap-e-warning-null-property-after-logged-redis-refusal nette-tester php code high php-attack27d-nette-warning \
  'unshare --net sh -c "ip link set lo up; php $NETTE_TESTER/src/tester.php tests/ -p php -o tap"' \
  "The same under Tester's TAP printer: infrastructure/high [redis] at d7ba5e5 and f008c7e."
