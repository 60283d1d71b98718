#!/usr/bin/env bash
# Checks the report's fields one by one.
python3 warm_cache.py
fail=0
check() {
  if [ "$2" = "$3" ]; then echo "✓ $1: $2 == $3"; else echo "✗ $1: $2 != $3"; fail=1; fi
}
out=$(python3 totals.py)
check invoice "$(echo "$out" | sed -n 1p)" "invoice 7"
check items "$(echo "$out" | sed -n 2p | cut -d' ' -f2)" 2
check totals "$(echo "$out" | sed -n 3p | cut -d' ' -f2)" 42.00
exit $fail
