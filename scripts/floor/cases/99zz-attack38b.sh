# Attack 38b (fresh eyes on main at 65bad62: Node runners' less common modes, npm test wrappers running two
# runners one after another). All refusals are real: nothing listening, `unshare --net` with lo up. Sourced by generate.sh.

# `npm test` runs the unit tests with a JUnit reporter writing to a file (for CI's test-report upload: vitest
# `--reporter=junit --outputFile=...`, jest `--reporters=jest-junit`, node:test `--test-reporter=junit
# --test-reporter-destination=...`), then mocha's integration tests, through a script that runs every suite and
# fails at the end (scripts/test.sh) or `npm-run-all --silent --continue-on-error`. The unit run fails on a real
# defect (reserve() tests `left > qty` where `>=` was meant: 'reserves the last units' throws the project's
# OversoldError), but its failure is only in reports/unit.xml; the log holds the integration run, whose one test
# is refused by PostgreSQL (nothing on 127.0.0.1:5432). Mocha's one failure accounts for the log's whole story.
K=report-to-file
for v in "vitest:vitest-attack38b-junit-file-then-mocha:vitest-junit-file" \
         "jest:jest-attack38b-junit-reporter-then-mocha:jest-junit-only" \
         "node:test:node-attack38b-junit-destination-then-mocha:node-test-junit-destination"; do
  runner=${v%%:*}; rest=${v#*:}
  [ "$runner" = node ] && { runner=node:test; rest=${rest#test:}; }
  project=${rest%%:*}; slug=${rest#*:}
  case $runner in
    vitest) seen="the log shows only vitest's own 'JUNIT report written to .../reports/unit.xml' line for it" ;;
    jest) seen="jest with jest-junit as its only reporter prints nothing at all, so the log holds no line of the unit run" ;;
    node:test) seen="node:test's JUnit reporter writes to its destination and prints nothing, so the log holds no line of the unit run" ;;
  esac
  WHY="reserve() tests \`left > qty\` where \`>=\` was meant, so the unit test 'reserves the last units' fails with the project's OversoldError ('cannot reserve 3 of apple: 3 left'; also with PostgreSQL up, the -postgres-up control), and the unit run exits 1. Its report goes to reports/unit.xml (a JUnit file for CI's upload): $seen. The integration run (mocha) that follows has one test, refused by PostgreSQL (nothing on 127.0.0.1:5432). At 65bad62 the mocha dialect splits the log into that one refused unit, the runner's '1 failing' matches it and the exit status 1 is taken as its, so the run is infrastructure/high [postgresql] for a PR with a real defect: nothing in the log marks that a runner reported elsewhere (no rule reads vitest's 'JUNIT report written to'), so an unseen failure is not allowed for. Honest expectation: the failure is not in the log, so at best code/ambiguous; never infrastructure/high."
  record $K "$slug-then-mocha-refused-npm-test-script" "$runner" javascript code ambiguous "$project" \
    'unshare --net sh -c "ip link set lo up; npm test"' "$WHY"
  record $K "$slug-then-mocha-refused-npm-run-all-silent" "$runner" javascript code ambiguous "$project" \
    'unshare --net sh -c "ip link set lo up; npm run test:all"' "The same run through \`npm-run-all --silent --continue-on-error test:unit test:integration\` (npm run test:all), which prints no 'ERROR: ... exited with 1.' line of its own (without --silent it prints one for the LAST failing script only, and the classifier reads that line as an unexplained error: infrastructure/ambiguous). $WHY"
  record $K "$slug-then-mocha-refused-npm-test-script-postgres-up" "$runner" javascript code ambiguous "$project" \
    'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh npm test"' \
    "Control: the first case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): the ping passes, the unit run still fails on OversoldError (in reports/unit.xml) and npm test exits 1."
done
