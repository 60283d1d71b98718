#!/usr/bin/env bash
# Checks the report, then that the report could be published.
fail=0
check() {
  if [ "$2" = "$3" ]; then echo "✓ $1: $2 == $3"; else echo "✗ $1: $2 != $3"; fail=1; fi
}
out=$(python3 totals.py)
check items "$(echo "$out" | sed -n 2p | cut -d' ' -f2)" 2
check totals "$(echo "$out" | sed -n 3p | cut -d' ' -f2)" 42.00
echo "publishing (optional)..."
python3 -c 'import socket; socket.create_connection(("127.0.0.1", 5672), timeout=2)' || echo "publish skipped"
exit $fail
