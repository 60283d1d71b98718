# Attack 29e (review of 76a0bcb..59980a5). Sourced by generate.sh.
# 1. 59980a5's tool.python.server-program-not-found reads `FileNotFoundError: [Errno 2] No such file or directory:
#    'memcached'` as memcached not installed, high, by the line alone. The same line comes from any file operation on a
#    bare name: the project's own `open(program)` where the options file's path was meant (memcached installed, and up).
# Debian's python3 3.11, pytest 7.2, memcached 1.6.
A29E_PY='unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider"'

record server-program-named pytest-open-server-name-not-options-path-memcached pytest python code high py-attack29e-memcached-options-open \
  "$A29E_PY" \
  "memcached is installed (/usr/bin/memcached). The session fixture that starts a private memcached reads its options with server_options('memcached'), which builds path = conf/memcached.conf and then opens open(program) instead of open(path): 'FileNotFoundError: [Errno 2] No such file or directory: 'memcached'' from the project's own open(), printed as the fixture's error for both tests that use it, beside a third test refused by the CI job's absent memcached on 127.0.0.1:11211. 59980a5's tool.python.server-program-not-found (a bare server program's name in a FileNotFoundError) reads both as memcached not installed: infrastructure/high [memcached]. The tests fail the same with memcached up (next case)."
record server-program-named pytest-open-server-name-not-options-path-memcached-up pytest python code high py-attack29e-memcached-options-open \
  "$(printf '%s' "$A29E_PY" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-memcached.sh #')" \
  "The previous case run with memcached UP on 127.0.0.1:11211 (ci/with-memcached.sh; the stats probe's 'STAT pid' is the log's first line): the shared-cache test passes, the fixture still fails on open('memcached'), the run's only failures. infrastructure/high [memcached] with memcached installed and running."

# 2. 59980a5's count guard for a log no dialect splits (infrastructure/high only when the runner's counted failures are
#    no more than the sure refusals it shows) counts a PASSING test's logged fallback refusal as a refusal: minitest-
#    reporters' ProgressReporter (still unread) with 1 error (refused) + 1 failure whose whole text is its assert's own
#    message (ProgressReporter prints a failure's message without its class), and a cache fallback's logged WARN.
# Debian's ruby-minitest-reporters 1.0.19, ruby-redis 4.8, redis-server.
A29E_RB='unshare --net sh -c "ip link set lo up; ruby -Ilib test/prices_test.rb --seed 1"'
record unread-result-line minitest-reporters-progress-assert-message-only-logged-fallback-counted minitest ruby code high rb-attack29e-progress-custom-message \
  "$A29E_RB" \
  "Prices.price? makes the decimals compulsory (/\\A\\d+\\.\\d\\d\\z/, should be /\\A\\d+(?:\\.\\d\\d)?\\z/), so test_whole_price fails its 'assert Prices.price?(\"5\"), \"a whole price is a price\"', also with Redis up (next case). minitest-reporters' ProgressReporter prints a failure's message WITHOUT its class (print_info(e, test.error?)), so the failure's only text is the assertion's own message, which no rule reads; StockTest#test_reserve is refused by Redis (1 error) and test_cached_total passes through the cache's fallback, which logs redis-rb's refusal as a WARN. No dialect splits the log; 59980a5's new guard compares the totals' 1 failure + 1 error (2) with RunFindings.sureRefusals, which counts the passing test's logged WARN as a second sure refusal (2): 2 <= 2, the WARN is the error that ended the run: infrastructure/high [redis] (8c25bf3, before the guard, the same)."
record unread-result-line minitest-reporters-progress-assert-message-only-logged-fallback-counted-redis-up minitest ruby code high rb-attack29e-progress-custom-message \
  "$(printf '%s' "$A29E_RB" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the refused test and the fallback pass, test_whole_price still fails ('a whole price is a price'), the run's only failure; code/ambiguous (no cause found), as expected for this control."

# 3. The same rule, by its own cited source: CPython's subprocess names the WORKING FOLDER when chdir fails
#    (`noexec:chdir` -> err_filename = cwd); a relative working folder named after the server ('memcached', meant
#    services/memcached) gives exactly the program's line, memcached installed (and up).
record server-program-named pytest-subprocess-cwd-named-like-server-memcached pytest python code high py-attack29e-memcached-cwd \
  "$A29E_PY" \
  "memcached is installed (/usr/bin/memcached). The session fixture starts memcached with subprocess.Popen(cmd, cwd=\"memcached\") where its working folder is services/memcached under the project root (os.path.join(ROOT, \"services\", \"memcached\")): the child's chdir fails and CPython's subprocess names the working folder (Lib/subprocess.py, _execute_child: 'noexec:chdir' -> err_filename = cwd), so 'FileNotFoundError: [Errno 2] No such file or directory: 'memcached'' for both tests that use it (the traceback ends in subprocess.py's _execute_child), beside a third test refused by the CI job's absent memcached on 127.0.0.1:11211. 59980a5's tool.python.server-program-not-found, whose own comment says chdir failures name the folder, cannot tell a folder named like the program: infrastructure/high [memcached] (8c25bf3: infrastructure/ambiguous, tool.spawn-failed). With the folder fixed both tests pass. Fails the same with memcached up (next case)."
record server-program-named pytest-subprocess-cwd-named-like-server-memcached-up pytest python code high py-attack29e-memcached-cwd \
  "$(printf '%s' "$A29E_PY" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-memcached.sh #')" \
  "The previous case run with memcached UP on 127.0.0.1:11211 (ci/with-memcached.sh; the stats probe's 'STAT pid' is the log's first line): the shared-cache test passes, the fixture's chdir into 'memcached' still fails, the run's only failures. infrastructure/high [memcached] with memcached installed and running."
