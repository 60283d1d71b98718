#!/bin/sh
# Runs every suite, even after one failed, and fails at the end if any did.
# The unit tests write a JUnit report for CI's test-report upload (reports/unit.xml).
status=0
vitest run --reporter=junit --outputFile=reports/unit.xml test/unit || status=1
vitest run test/integration || status=1
exit $status
