#!/bin/sh
# Runs each suite on its own and fails if any failed (CI runs this), the integration suite first.
status=0
for suite in integration unit; do
    phpunit --testsuite "$suite" || status=1
done
exit $status
