#!/bin/sh
# Stands in for the CI job's memcached service: memcached on 127.0.0.1:11211, then runs "$@" (to show that the
# tests fail the same with the service up). Its `version` answer is the log's first line.
memcached -l 127.0.0.1 -p 11211 -U 0 -m 8 -u root -d -P /tmp/attack29f-memcached.pid
i=0
until /usr/bin/python3 -c 'import socket; s = socket.create_connection(("127.0.0.1", 11211), 1); s.sendall(b"version\r\n"); print(s.recv(64).decode().strip())' 2>/dev/null; do
  i=$((i+1)); [ $i -gt 50 ] && break; sleep 0.1
done
"$@"
rc=$?
kill "$(cat /tmp/attack29f-memcached.pid)" 2>/dev/null
rm -f /tmp/attack29f-memcached.pid
exit $rc
