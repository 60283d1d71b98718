#!/bin/sh
# Stands in for the CI job's Redis service: a throwaway redis-server on 127.0.0.1:6379, then runs "$@"
# (to show that the test fails with the service up too). redis-cli prints PONG when it answers.
D=$(mktemp -d)
redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --dir "$D" --daemonize yes --pidfile "$D/redis.pid" --logfile "$D/log"
for i in 1 2 3 4 5 6 7 8 9 10; do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.2; done
redis-cli -h 127.0.0.1 -p 6379 ping
"$@"
rc=$?
kill "$(cat "$D/redis.pid")"
rm -rf "$D"
exit $rc
