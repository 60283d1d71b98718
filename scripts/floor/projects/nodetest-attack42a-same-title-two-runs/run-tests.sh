#!/bin/sh
# Unit tests, then integration tests (they need Redis): both run, whichever fails.
node --test --test-reporter=spec test/unit/*.test.js; unit=$?
node --test --test-reporter=spec test/integration/*.test.js; integration=$?
exit $((unit | integration))
