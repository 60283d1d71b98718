#!/usr/bin/env bash
# CI steps, each echoed before it runs.
set -uo pipefail
run() { echo "\$ $*"; "$@"; }
run npm install pg --save --no-audit --no-fund --prefer-offline
run node scripts/seed.js
run node scripts/check-totals.js
