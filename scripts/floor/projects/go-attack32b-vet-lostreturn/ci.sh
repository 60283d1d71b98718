#!/bin/sh
# Runs every check and fails if any of them failed (no `set -e`: one report for all of them).
status=0
go vet ./... || status=1
go test $GO_TEST_FLAGS ./... || status=1
exit $status
