#!/bin/sh
# The integration tests first (they say why they skip: -rs), then the unit tests in $1, one line
# a failure (--tb=no). Two pytest runs, one log; fails when either run failed.
status=0
/usr/bin/python3 -m pytest -p no:cacheprovider --tb=line -rs tests/integration || status=1
/usr/bin/python3 -m pytest -q -p no:cacheprovider --tb=no "${1:-tests/unit}" || status=1
exit $status
