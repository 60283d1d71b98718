#!/bin/sh
# Runs every suite, even after one failed, and fails at the end if any did.
# The unit run prints only its progress and totals (no tracebacks, no short summary: those are in reports/unit.xml for
# CI's test-report upload); the integration run prints everything.
PYTEST="${PYTHON:-/usr/bin/python3} -m pytest -p no:cacheprovider"
status=0
$PYTEST $UNIT_ARGS --tb=no -rN --junitxml=reports/unit.xml tests/unit || status=1
$PYTEST tests/integration || status=1
exit $status
