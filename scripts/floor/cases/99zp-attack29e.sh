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
