#!/bin/sh
# Runs every suite, even after one failed, and fails at the end if any did.
# The unit tests write a JUnit report for CI's test-report upload (reports/unit.xml).
status=0
mkdir -p reports
node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml test/unit/ || status=1
mocha test/integration || status=1
exit $status
