#!/usr/bin/env bash
set -e
python3 warm_cache.py
python3 totals.py > out.txt
cmp out.txt expected.txt
echo "golden ok"
