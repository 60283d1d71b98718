#!/bin/sh
# Stands in for the CI job's Redis service: a throwaway redis-server on 127.0.0.1:6379, then runs "$@"
# (to show that the test fails the same with the service up). redis-cli's PONG says it answers.
set -e
D=$(mktemp -d)
redis-server --bind 127.0.0.1 --port 6379 --save '' --dir "$D" --daemonize yes --logfile "$D/log" --pidfile "$D/pid"
for _ in 1 2 3 4 5 6 7 8 9 10; do redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && break; sleep 0.2; done
redis-cli -h 127.0.0.1 -p 6379 ping
set +e
"$@"
rc=$?
redis-cli -h 127.0.0.1 -p 6379 shutdown nosave >/dev/null 2>&1
rm -rf "$D"
exit $rc
