#!/bin/sh
# Runs every suite, even after one failed, and fails at the end if any did.
# The unit tests print their totals and write a JUnit report for CI's test-report upload (reports/unit.xml).
status=0
JEST_JUNIT_OUTPUT_DIR=reports JEST_JUNIT_OUTPUT_NAME=unit.xml jest test/unit --ci --reporters=summary --reporters=jest-junit || status=1
jest test/integration --ci || status=1
exit $status
