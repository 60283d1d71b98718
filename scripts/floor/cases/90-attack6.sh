# A sixth attacker's review (issue 23, commit 86b0f48): AVA's and Jasmine's totals, TAP nesting,
# Ruby's `Failed to open TCP connection to host:port (getaddrinfo ...)`, a refusal line's own words
# naming its service. Each log is broken code; nothing listens on 6379, and every refusal is a real
# connect() refused by the kernel, every unresolved name a real lookup. Sourced by generate.sh.

# pytest >= 8 (python3 on PATH, pytest 9.0.3 here): its --tb=short prints the chained exception without a "__ test __" header line, and then a nearby line names the module; pytest 7.2 (Debian) reads ambiguous.

# Jasmine is judged as a whole log (its numbered failures are no units), and since 86b0f48 its
# totals `2 specs, 2 failures` are a known end line, no longer an unexplained one: the second
# spec's failure, printed as `[object Object] thrown`, is then read by nothing.
K=unrecognised-exception
record $K jasmine-plain-object-rejection-beside-refused jasmine javascript infrastructure ambiguous node-attack6-jasmine 'jasmine' \
  "reserve() inverts its plan check and rejects an allowed order with a bare object: Jasmine prints '[object Object] thrown' (an empty Stack:) for 'stock reserves two', beside a spec refused by redis; '2 specs, 2 failures' counts both. The log shows a second failure and not what it was: at most possibly infrastructure."

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
