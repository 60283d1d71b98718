#!/bin/sh
# The CI's test step: the integration suite first (it needs Redis, its failures are the ones to read first), then everything.
phpunit --testsuite integration
phpunit
