#!/bin/sh
# Stands in for the CI job's Redis service: redis-server on 127.0.0.1:6379, then runs "$@" (to show that the
# test fails the same with the service up). redis-cli's PONG is the log's first line.
D=$(mktemp -d)
redis-server --port 6379 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$D" --pidfile "$D/redis.pid" --logfile "$D/redis.log" >/dev/null
i=0; until redis-cli -p 6379 ping 2>/dev/null; do i=$((i+1)); [ $i -gt 50 ] && break; sleep 0.1; done
"$@"
rc=$?
redis-cli -p 6379 shutdown nosave >/dev/null 2>&1
rm -rf "$D"
exit $rc
