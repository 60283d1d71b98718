# Attack 40b (fresh eyes on s10 at d91b6c1): runner totals read per run. All refusals are real: nothing listening,
# `unshare --net` with lo up. Sourced by generate.sh.

# 1. One runner run twice by one `npm test`, the run that prints its failing tests FIRST. 8e0b944 adds up every summary
# a runner prints (attack 39b: jest's summary-reporter unit run, then jest's integration run), except "the same totals
# again with no test's line between" (jest under --bail), which count once. A second run that prints no test line of
# its own (jest's summary reporter: totals only below 20 suites) with the same failed count as the first is taken for
# the first run's totals printed again: its failure is counted nowhere.
K=repeated-totals
P40B_JJ=jest-attack40b-two-configs-summary-reporter
W40B_JJ="lib/price.js's withVat rounds with Math.floor where Math.round was meant (its comment: rounded half up), so the unit test 'withVat rounds half a cent up' fails on 'Expected: 1250 Received: 1249' (a pure function: it fails the same with PostgreSQL up). npm test runs jest twice: the integration config first (default reporter: 'orders › counts the orders table' refused by PostgreSQL, nothing on 127.0.0.1:5432, then 'Tests:       1 failed, 1 total'), then the unit config, whose reporters are ['summary'] (totals only: jest lists failing tests only above 20 suites): 'Tests:       1 failed, 1 total' again and no other line. At d91b6c1 (8e0b944, classifier.ts: 'The same totals again with no test's line between (jest under --bail prints its summary twice): one summary') the second summary has the same count as the first and no marker line since it (jest's FAIL/PASS file lines and the totals are 'end' events, which lastMarkerLine skips; the summary reporter printed none anyway), so it is merged into the first: reportedFailures 1, printed 1, and the run is infrastructure/high [postgresql] for a log that says two jest runs each failed a test. Attack 39b's case is the same two runs in the other order (the refused run second: its '●' line falls between the summaries, so they add up). 65bad62 (max of the counts) said infrastructure/high too."
record $K jest-refused-run-then-summary-reporter-run-same-totals-npm-test-script jest javascript code ambiguous $P40B_JJ \
  'unshare --net sh -c "ip link set lo up; npm test"' "$W40B_JJ"
