#!/bin/sh
# Runs each suite on its own and fails if any failed (CI runs this).
status=0
for suite in unit integration; do
    phpunit --testsuite "$suite" || status=1
done
exit $status
