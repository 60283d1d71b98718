# Attack 38a (fresh eyes on 65bad62: Perl's prove / TAP::Harness with Test::More, Debian's libredis-perl).
# All refusals are real: nothing listening on 127.0.0.1:6379, `unshare --net` with lo up. Sourced by generate.sh.
#
# prove's default (non-verbose) output prints no `ok`/`not ok` line at all: a failing file shows only the test's
# own stderr (Test::More's `#   Failed test 'name'` / `#   at t/x.t line N.` and, for ok(), nothing else;
# `# Looks like you failed 1 test of 3.`), then `t/x.t .. `, `Dubious, test returned 1 (wstat 256, 0x100)`,
# `Failed 1/3 subtests` and the `Test Summary Report` (`Wstat: 256 ... Failed: 1`, `Result: FAIL`). No rule at
# 65bad62 reads any of these lines, so a run whose only other error line is the code's logged, survived refusal
# of an optional cache has that refusal as "the error that ended the run".
K=unknown-failure-text
P38A=prove-attack38a-slug-cache-fallback
A38A_WHY="lib/Shop/Catalog.pm's slugify replaces whitespace with 's/\\s+/-/' where 's/\\s+/-/g' was meant (the /g left out), so 'Hello Big World' becomes 'hello-bigworld': t/01-slug.t's ok(... eq 'hello-big-world', 'every space becomes a dash') fails, Redis up or down (the -redis-up case). Each test file's Shop::Catalog->new tries its optional Redis slug cache and warns the real refusal ('slug cache unavailable, using memory: Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Catalog.pm line 11.'), then works from memory; t/02-trim.t passes and prints the same warning."
A38A_BLAME="At 65bad62 nothing reads Test::More's '#   Failed test' diagnostics, prove's 'Dubious, test returned 1', 'Failed 1/3 subtests' or its Test Summary Report ('Wstat: 256', 'Failed test:  2', 'Result: FAIL'); without -v prove prints no 'not ok' line, so no unit is opened and the last refusal is read as the error that ended the run: infrastructure/high [redis] (network.refused.endpoint). With -v (or --merge) the 'not ok 2' line is a node:test-style unit with no reason: code/ambiguous."
record $K prove-default-ok-failed-test-beside-passing-file-cache-refusal prove perl code high $P38A \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A38A_WHY Plain 'prove t/' (no -v). $A38A_BLAME"
record $K prove-default-ok-failed-test-one-file-cache-refusal prove perl code high $P38A \
  'unshare --net sh -c "ip link set lo up; prove t/01-slug.t"' "$A38A_WHY Only t/01-slug.t: one refusal, printed before the failure's diagnostics. $A38A_BLAME"
record $K prove-quiet-ok-failed-test-beside-passing-file-cache-refusal prove perl code high $P38A \
  'unshare --net sh -c "ip link set lo up; prove -l -q t/"' "$A38A_WHY Under 'prove -l -q'. $A38A_BLAME"
record $K prove-verbose-ok-failed-test-beside-passing-file-cache-refusal prove perl code ambiguous $P38A \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A38A_WHY Control: 'prove -v' prints 'not ok 2 - every space becomes a dash' (code/ambiguous at 65bad62)."
record $K prove-default-ok-failed-test-redis-up prove perl code high $P38A \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh prove t/"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal, the same '#   Failed test 'every space becomes a dash'' failure."
