#!/bin/sh
# Runs the tests with Redis UP on 127.0.0.1:6379 (a throwaway server in a private network namespace):
# tests/001 passes, tests/010 borks the same (its CLEAN's client is never connected).
set -u
unshare --net sh -c 'ip link set lo up
redis-server --port 6379 --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --pidfile /tmp/attack28h-redis.pid >/dev/null
sleep 0.5
NO_COLOR=1 NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=/usr/bin/php php /usr/lib/php/20220829/build/run-tests.php -q --show-diff tests; rc=$?
kill $(cat /tmp/attack28h-redis.pid)
exit $rc'
