# A sixth attacker's review (issue 23, commit 86b0f48): AVA's and Jasmine's totals, TAP nesting,
# Ruby's `Failed to open TCP connection to host:port (getaddrinfo ...)`, a refusal line's own words
# naming its service. Each log is broken code; nothing listens on 6379, and every refusal is a real
# connect() refused by the kernel, every unresolved name a real lookup. Sourced by generate.sh.

# pytest >= 8 (python3 on PATH, pytest 9.0.3 here): its --tb=short prints the chained exception without a "__ test __" header line, and then a nearby line names the module; pytest 7.2 (Debian) reads ambiguous.

# Jasmine is judged as a whole log (its numbered failures are no units), and since 86b0f48 its
# totals `2 specs, 2 failures` are a known end line, no longer an unexplained one: the second
# spec's failure, printed as `[object Object] thrown`, is then read by nothing.
K=unrecognised-exception
record $K jasmine-plain-object-rejection-beside-refused jasmine javascript infrastructure ambiguous node-attack6-jasmine 'jasmine spec/stock.spec.js' \
  "reserve() inverts its plan check and rejects an allowed order with a bare object: Jasmine prints '[object Object] thrown' (an empty Stack:) for 'stock reserves two', beside a spec refused by redis; '2 specs, 2 failures' counts both. The log shows a second failure and not what it was: at most possibly infrastructure."

record $K jasmine-thrown-string-beside-refused jasmine javascript infrastructure ambiguous node-attack6-jasmine 'jasmine spec/label.spec.js' \
  "label() throws a bare string for a country it should accept (a lower-case code against an upper-case list): Jasmine prints 'unsupported country de thrown' and an empty Stack: for 'shipping labels a German parcel', beside a refused spec. The log shows a failure and not what it was."
record $K jasmine-afterall-thrown-string-beside-refused jasmine javascript infrastructure ambiguous node-attack6-jasmine 'jasmine spec/report.spec.js' \
  "report() never releases the client it acquires, so the suite's afterAll pool.close() throws a bare string: 'Suite error: reports', 'pool still has 1 client checked out thrown', and '2 specs, 2 failures' counts it beside the refused spec (a leak, a defect whether redis runs or not)."

# Ruby's Net::HTTP (`Failed to open TCP connection to`) is an HTTP client: its host:port being
# redis's is the project's own configuration defect, as an HTTP client refused on 6379 is.
K=client-named-code
record $K minitest-net-http-to-redis-host-unresolved minitest ruby code high rb-attack6-net-http 'ruby status_client_test.rb --seed 1' \
  "StatusClient (Net::HTTP, an HTTP client) was copy-pasted with the cache's host and port (redis:6379) instead of the admin API's: SocketError: Failed to open TCP connection to redis:6379 (getaddrinfo: Name or service not known). Redis speaks no HTTP: the test fails whether redis runs or not."
record $K minitest-net-http-to-redis-port-refused minitest ruby code high rb-attack6-net-http 'REDIS_HOST=127.0.0.1 ruby status_client_test.rb --seed 1' \
  "The same HTTP client with REDIS_HOST=127.0.0.1: Errno::ECONNREFUSED: Failed to open TCP connection to 127.0.0.1:6379 (Connection refused - connect(2) for \"127.0.0.1\" port 6379). An HTTP client refused on redis's port (the http-pool reading already calls urllib3's code)."

# A host that does not resolve, named only by a nearby file name (redis_health.py), is no client's.
K=client-named-code
record $K pytest-short-misspelled-host-module-named-redis pytest python infrastructure ambiguous py-attack6 "python3 -m pytest -p no:cacheprovider --tb=short tests/test_redis_health.py" \
  "redis_health.cache_state() calls the project's own admin app (started by the fixture on 127.0.0.1:8000) at a misspelled host (locahost): socket.gaierror: [Errno -2] Name or service not known, then URLError. No cache is contacted; 'redis' is only in the module's file name, which names no client."

# The project's own server on 127.0.0.1:8001, named in the unit's own captured log line, read as
# redis because the logger's name (redis_status) comes first in contextOf: a service word outranks
# the line's own loopback endpoint on a port no service owns.
K=client-named-code
record $K pytest-short-own-server-port-logged-by-redis-named-logger pytest python code high py-attack6 "python3 -m pytest -p no:cacheprovider --tb=short tests/test_redis_status.py" \
  "redis_status.cache_state() calls the project's own admin app (the fixture serves 127.0.0.1:8000) on port 8001; the bare ConnectionRefusedError names no port, and the unit's captured log says 'redis status check via 127.0.0.1:8001 failed: [Errno 111] Connection refused': a port no service owns, the project's own server. 'redis' is the logger's and the module's name."
record $K pytest-native-own-server-port-logged-by-redis-named-logger pytest python code high py-attack6 "python3 -m pytest -p no:cacheprovider --tb=native tests/test_redis_status.py" \
  "The same wrong port of the project's own admin app under --tb=native."

# A refusal line's own words first (86b0f48): the logger's name (health.redis) now names the service
# before the line above, which names the project's own server on a port no service owns, is read.
K=client-named-code
record $K script-smoke-own-server-port-redis-named-logger script python code high py-attack6 'python3 app.py & APP=$!; sleep 1; python3 smoke.py; rc=$?; kill $APP; exit $rc' \
  "A smoke script (no test runner: judged by its fatal error) asks the project's own admin app, which the command starts on 127.0.0.1:8000, on port 8001: 'asking the admin app at 127.0.0.1:8001', then 'ERROR health.redis: probe failed: [Errno 111] Connection refused'. No cache is contacted; 'redis' is only the logger's name. code/high (the own server's port) at 86b0f48~1."
