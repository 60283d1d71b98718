#!/bin/sh
# Control: something accepts connections on 127.0.0.1:5432 (a bare TCP listener, enough for Ping),
# then runs the command given.
python3 -c '
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 5432)); s.listen(16)
while True:
    c, _ = s.accept(); c.close()
' &
listener=$!
sleep 0.5
"$@"
rc=$?
kill $listener
exit $rc
