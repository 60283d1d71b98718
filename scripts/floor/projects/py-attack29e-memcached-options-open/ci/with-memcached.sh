#!/bin/sh
# Stands in for the CI job's memcached service: memcached on 127.0.0.1:11211, then runs "$@" (to show that
# the tests fail the same with the service up). The probe's "STAT pid" line is the log's first line.
memcached -l 127.0.0.1 -p 11211 -u root -d -P /tmp/attack29e-memcached.pid
i=0; until printf 'stats\r\nquit\r\n' | python3 -c "import socket,sys;s=socket.create_connection(('127.0.0.1',11211));s.sendall(sys.stdin.buffer.read());print(s.recv(4096).decode().splitlines()[0])" 2>/dev/null; do i=$((i+1)); [ $i -gt 50 ] && break; sleep 0.1; done
"$@"
rc=$?
kill "$(cat /tmp/attack29e-memcached.pid)" 2>/dev/null
exit $rc
