#!/bin/bash
# Lint (the JSON report is kept as an artifact and shown in the log), then test; one exit status for both.
set -o pipefail
status=0
npm run -s lint:ci | tee eslint-report.json || status=1
echo
npm test || status=1
exit $status
