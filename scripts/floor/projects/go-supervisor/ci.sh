#!/usr/bin/env bash
# CI step: build the test binary once, run it, then report.
set -euo pipefail
go test -c -o supervisor.test .
./supervisor.test -test.v
echo "unit tests done"
