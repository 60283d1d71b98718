# Attack 29h (fresh-eyes review of 85babf1..c06013d, focus c06013d). Sourced by generate.sh.
# c06013d's exception to 400c17c: a log no dialect splits, whose runner counted exactly ONE failure, is still
# infrastructure/high when the refusal that ended the run sits after the first failure listing header (RunFindings.detailsFrom,
# Jasmine's `Failures:`). But one counted failure is one SPEC, and Jasmine lists under it every error of that spec: its own
# body's and its afterEach's. A spec whose body fails on the code (an error no rule reads) and whose afterEach is refused
# shows the refusal last, inside the listing: the one counted failure "is" the refusal.
# jasmine 5, pg 8 (scripts/floor/node/package.json); node 20; PostgreSQL 15 for the control.
A29H_JAS='unshare --net sh -c "ip link set lo up; jasmine"'
A29H_UP='s#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh #'

# 1. The spec's own error is a custom Error class whose name does not end in Error/Exception/Failure
#    (ValidationErrors: ...), with an own property (Jasmine prints 'error properties: ...' above its frames, so no
#    exception line sits above the first frame): no line of it is a finding. The afterEach's pg connect is refused.
record unrecognised-exception jasmine-one-spec-custom-error-unread-aftereach-refused jasmine javascript code high node-attack29h-jasmine-validation-errors-aftereach \
  "$A29H_JAS" \
  "validate() scales the price's fractional part instead of its whole part (parseInt(frac) * 100 + parseInt(whole)), so '12.50' reads as 5012 cents, over the 5000 limit, and the spec fails with the project's own 'ValidationErrors: price 12.50 is over the limit', also with PostgreSQL up (next case). Its afterEach (dropping a scratch table) is refused by PostgreSQL (nothing listening), and Jasmine lists both errors under the ONE failing spec ('1 spec, 1 failure'). No rule reads 'ValidationErrors: ...' (ERROR_HEADLINE wants a name ending in Error/Exception/Failure) and Jasmine prints 'error properties: Object({ errors: [...] })' above the first frame, so the spec's own failure leaves no finding; the refusal below it ends the run. 400c17c made such a log at most ambiguous (the runner counted a failure); c06013d's listedOne (reported === 1 and the refusal after detailsFrom, Jasmine's 'Failures:') takes it back: infrastructure/high [postgresql]."
record unrecognised-exception jasmine-one-spec-custom-error-unread-aftereach-refused-postgres-up jasmine javascript code high node-attack29h-jasmine-validation-errors-aftereach \
  "$(printf '%s' "$A29H_JAS" | sed "$A29H_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): the afterEach passes, the spec still fails with 'ValidationErrors: price 12.50 is over the limit', the run's only failure (control)."

# 2. No refused spec at all: the run's one failure is the same unread ValidationErrors; the refusal is printed by a
#    best-effort reporter (a helper's jasmineDone saving spec timings) AFTER Jasmine's listing and totals, so it sits after
#    detailsFrom and ends the log. c06013d's comment says the listing "comes after every passing test's output"; a
#    reporter's (or an exit handler's) output comes after the listing.
record after-last-test jasmine-one-failure-unread-timings-reporter-refused-after-totals jasmine javascript code high node-attack29h-jasmine-timings-reporter \
  "$A29H_JAS" \
  "validate() scales the price's fractional part instead of its whole part, so '12.50' reads as 5012 cents and 'accepts a price under the limit' fails with the project's own 'ValidationErrors: price 12.50 is over the limit' (no rule reads it; 'error properties:' sits above its frames), also with PostgreSQL up (next case); the other spec passes ('2 specs, 1 failure'). No spec touches PostgreSQL: a helper's reporter saves spec timings in its jasmineDone, best effort, and console.warn()s 'spec timings not saved: connect ECONNREFUSED 127.0.0.1:5432' AFTER Jasmine's Failures: listing and totals. That line is the error that ended the run; the runner counted 1 failure and it sits after detailsFrom ('Failures:'), so c06013d's listedOne returns infrastructure/high [postgresql] (400c17c: ambiguous)."
record after-last-test jasmine-one-failure-unread-timings-reporter-refused-after-totals-postgres-up jasmine javascript code high node-attack29h-jasmine-timings-reporter \
  "$(printf '%s' "$A29H_JAS" | sed "$A29H_UP")" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): the timings are saved, the spec still fails with 'ValidationErrors: price 12.50 is over the limit', the run's only failure (control)."
