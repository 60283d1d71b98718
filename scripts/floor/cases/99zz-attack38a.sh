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

# The same gap with prove -v and --merge, where the 'not ok' line is printed: TAP::Harness prints a test script's
# stderr as it comes, its parsed stdout (the TAP) after it, so in `prove -v` every line the script wrote to stderr
# (its warnings, Test::More's diagnostics) is printed above the file's `t/x.t .. ` line and its first result; 65bad62
# reads a `not ok` as node:test's TAP, whose test's output comes before its result line, so when the failing test is
# the file's FIRST, everything above it is read as that test's own output. With --merge the order is the script's own
# (the warning, then `not ok 1`, then Test::More's `#   Failed test`): the same. Nothing in Test::More's diagnostics
# is read, so the unit holds only the logged refusal. DBD::Pg (Debian's libdbd-pg-perl), libpq's refusal.
P38A2=prove-attack38a-order-audit-fallback
A38A2_WHY="lib/Shop/Order.pm's total gives the 10% discount when 'subtotal > 100' where '>= 100' was meant (its comment: 'Orders of 100.00 or more get 10% off'), so t/01-discount.t's first test, ok(\$order->total == 90, 'an order of exactly 100.00 gets 10% off'), fails, PostgreSQL up or down (the -postgres-up case). Each Shop::Order->new tries its best-effort PostgreSQL audit log (DBI->connect with PrintError off) and warns libpq's real refusal ('order audit disabled: connection to server at \"127.0.0.1\", port 5432 failed: Connection refused' / 'Is the server running on that host and accepting TCP/IP connections?'), then works without it."
A38A2_BLAME="At 65bad62 prove's 'not ok 1 - ...' is read as a node:test TAP result whose output is everything printed before it; nothing reads Test::More's '#   Failed test' lines, 'Dubious, test returned 1' or the Test Summary Report, so the failing test's unit holds only libpq's refusal (postgresql.libpq.server-at): 'the failing unit failed for that reason alone', infrastructure/high [postgresql]. Plain prove (no 'not ok' line) is infrastructure/high too, the refusal being 'the error that ended the run'."
record $K prove-verbose-first-test-ok-failed-beside-pg-audit-refusal prove perl code high $P38A2 \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A38A2_WHY Under 'prove -v'. $A38A2_BLAME"
record $K prove-verbose-merge-first-test-ok-failed-beside-pg-audit-refusal prove perl code high $P38A2 \
  'unshare --net sh -c "ip link set lo up; prove -v --merge t/"' "$A38A2_WHY Under 'prove -v --merge' (stderr in the TAP stream, in the script's order). $A38A2_BLAME"
record $K prove-default-first-test-ok-failed-beside-pg-audit-refusal prove perl code high $P38A2 \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A38A2_WHY Plain 'prove t/'. $A38A2_BLAME"
record $K prove-verbose-first-test-ok-failed-postgres-up prove perl code high $P38A2 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh prove -v t/"' \
  "Control: the same run with PostgreSQL UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's 'accepting connections' is the log's first line): no refusal, the audit rows are written, the same '#   Failed test 'an order of exactly 100.00 gets 10% off''."

# A test script that dies after its plan: Perl's own runtime error for a misspelt method (the code calls
# $self->sub_total where the method is subtotal), then Test::More's '# Looks like your test exited with 255 just
# after 1.', prove's 'Dubious, test returned 255 (wstat 65280, 0xff00)' and 'Parse errors: Bad plan.  You planned 2
# tests but ran 1.' No rule at 65bad62 reads Perl's "Can't locate object method" nor any of prove's lines.
P38A3=prove-attack38a-order-method-typo
A38A3_WHY="lib/Shop/Order.pm's total calls \$self->sub_total where the method is named subtotal (line 33), so t/01-discount.t (plan of 2) dies in its second test with Perl's own \"Can't locate object method \"sub_total\" via package \"Shop::Order\" at lib/Shop/Order.pm line 33.\", PostgreSQL up or down (the -postgres-up case). Shop::Order->new's best-effort audit log warns libpq's real refusal first and goes on."
A38A3_BLAME="At 65bad62 no rule reads Perl's \"Can't locate object method\" (a die message: no exception class, no frames), Test::More's '# Looks like your test exited with 255 just after 1.', prove's 'Dubious, test returned 255' or 'Parse errors: Bad plan.'; plain prove prints no result line, so libpq's refusal is 'the error that ended the run': infrastructure/high [postgresql]. Under -v ('ok 1' printed, then nothing) it is infrastructure/ambiguous (the runner 'went on to another test after it')."
record died-in-test prove-default-method-typo-dies-after-plan-beside-pg-audit-refusal prove perl code high $P38A3 \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A38A3_WHY Plain 'prove t/'. $A38A3_BLAME"
record died-in-test prove-verbose-method-typo-dies-after-plan-beside-pg-audit-refusal prove perl code high $P38A3 \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A38A3_WHY Under 'prove -v' (control: infrastructure/ambiguous). $A38A3_BLAME"
record died-in-test prove-default-method-typo-dies-after-plan-postgres-up prove perl code high $P38A3 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh prove t/"' \
  "Control: the same run with PostgreSQL UP (ci/with-postgres.sh; pg_isready's 'accepting connections' first): no refusal, the same \"Can't locate object method \"sub_total\"\" death after test 1."

# ExUnit (mix test, Debian's elixir 1.14). ExUnit prints a failing test's block (`  1) test ... (Module)` and its
# details) as soon as that test ends, then goes on: a passing test prints only `.` (nothing, with the default
# formatter, before its own output), so a LATER passing test's output is printed after the failure block. 65bad62's
# EXUNIT dialect ends a unit only at the next failure's `  N) test` line or `Finished in`, so that later output is
# read as the failing test's own. An assertion with a custom message prints that message in place of
# `Assertion with == failed` (no left:/right:), which no rule reads. The order is ExUnit's seeded shuffle: recorded
# with seeds 2 and 9 (5 of the seeds 0..12 run the failing test before the price-list test; a CI run's random seed
# does so as often). The cache's connect tries three times 50 ms apart before it logs the refusal, so the formatter
# has printed the failure block by then (with a single try the block and the refusal race: ExUnit's formatter is
# another process, and the refusal then sometimes comes first).
P38A4=exunit-attack38a-next-test-cache-refusal
A38A4_WHY="lib/cart.ex's total gives the 10% discount when 'subtotal > 10000' where '>= 10000' was meant (its comment: 'Orders of 100.00 (10000 cents) or more get 10% off'), so test 'an order of exactly 100.00 gets 10% off' fails with its custom message 'orders of 100.00 or more get 10% off', Redis up or down (the -redis-up case). The passing test 'the price list has every sku, from the cache or the catalog' dials the optional Redis price cache with :gen_tcp (three tries, 50 ms apart), prints the real refusal ('price cache disabled (redis 127.0.0.1:6379): :econnrefused') to stderr and falls back to the catalog."
A38A4_BLAME="At 65bad62 the EXUNIT dialect (src/classify/dialects/elixir.ts) opens a unit at '  1) test ...' and ends it only at the next failure's marker or 'Finished in'; a passing test's '.' ends nothing, so the later passing test's logged refusal is read as the failing test's output, and ExUnit's custom assertion message (printed alone, with 'code:' and 'stacktrace:') is read by no rule: 'the failing unit failed for that reason alone', infrastructure/high [redis] (network.refused)."
record other-test-output exunit-custom-message-later-passing-test-cache-refusal-seed2 exunit elixir code high $P38A4 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 2"' "$A38A4_WHY 'mix test --seed 2': the refusal right after the failure block. $A38A4_BLAME"
record other-test-output exunit-custom-message-later-passing-test-cache-refusal-seed9 exunit elixir code high $P38A4 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 9"' "$A38A4_WHY 'mix test --seed 9': a passing test's '.' then the refusal, after the failure block. $A38A4_BLAME"
record other-test-output exunit-trace-custom-message-later-passing-test-cache-refusal-seed2 exunit elixir code high $P38A4 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 2 --trace"' "$A38A4_WHY 'mix test --seed 2 --trace': the next test's '  * test the price list ... [L#12]' start line (no marker) and the refusal on it, after the failure block. $A38A4_BLAME"
record other-test-output exunit-custom-message-later-passing-test-redis-up exunit elixir code ambiguous $P38A4 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mix test --seed 2"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): no refusal, the same 'orders of 100.00 or more get 10% off' failure."

# ExUnit with capture_log: true (test_helper.exs; Phoenix's generators and many projects set it): a failing test's
# captured Logger output is printed INSIDE its failure block, under 'The following output was logged:'. Here the
# code's optional Redis price cache logs its real refusal ([warning] ... :econnrefused) and goes on, in every test;
# the failures are ExUnit's custom assertion message and assert_received's 'Assertion failed, no matching message
# after 0ms' with its 'mailbox:' 'pattern:'/'value:' lines, none read by a rule at 65bad62. No seed dependence.
P38A5=exunit-attack38a-capture-log-cache-refusal
A38A5_WHY="lib/checkout.ex's discounted/1 gives the 10% discount when 'subtotal > 10000' where '>= 10000' was meant (its comment: 'Orders of 100.00 (10000 cents) or more get 10% off'), so test 'an order of exactly 100.00 gets 10% off' fails with its custom message 'orders of 100.00 or more get 10% off' and 'the subscriber is told the discounted total' fails with assert_received's 'Assertion failed, no matching message after 0ms' (mailbox: pattern {:order_placed, 9000}, value {:order_placed, 10000}), Redis up or down (the -redis-up case). Each Checkout.place dials the optional Redis price cache with :gen_tcp, logs the real refusal with Logger.warning ('price cache disabled (redis 127.0.0.1:6379): :econnrefused') and prices from the catalog; test_helper.exs's capture_log: true prints each failing test's log inside its block."
A38A5_BLAME="At 65bad62 no rule reads ExUnit's custom assertion message (printed alone above 'code:'), nor assert_received's 'Assertion failed, no matching message after 0ms' / 'mailbox:' block; the captured log ('The following output was logged:') is inside the failure block, which the EXUNIT dialect reads as the test's own output: each failing unit 'failed for that reason alone', infrastructure/high [redis] (network.refused)."
record logged-after-assertion exunit-capture-log-custom-message-and-assert-received-cache-refusal exunit elixir code high $P38A5 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 0"' "$A38A5_WHY 'mix test --seed 0': both failures. $A38A5_BLAME"
record logged-after-assertion exunit-capture-log-custom-message-cache-refusal exunit elixir code high $P38A5 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 0 test/checkout_test.exs:4"' "$A38A5_WHY Only the custom-message test (test/checkout_test.exs:4). $A38A5_BLAME"
record logged-after-assertion exunit-capture-log-assert-received-cache-refusal exunit elixir code high $P38A5 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 0 test/checkout_test.exs:9"' "$A38A5_WHY Only the assert_received test (test/checkout_test.exs:9). $A38A5_BLAME"
record logged-after-assertion exunit-trace-capture-log-custom-message-and-assert-received-cache-refusal exunit elixir code high $P38A5 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 0 --trace"' "$A38A5_WHY Under --trace. $A38A5_BLAME"
record logged-after-assertion exunit-capture-log-custom-message-and-assert-received-redis-up exunit elixir code high $P38A5 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mix test --seed 0"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): no refusal, nothing logged, the same two failures."

# The same capture_log shape with a doctest: ExUnit's 'Doctest failed' block prints 'doctest:', 'code:', 'left:' and
# 'right:' (no 'Assertion with === failed' line), which no rule at 65bad62 reads; the captured warning follows.
P38A6=exunit-attack38a-doctest-capture-log
A38A6_WHY="lib/checkout.ex's discounted/1 gives the 10% discount when 'subtotal > 10000' where '>= 10000' was meant, so place/2's doctest ('Orders of 100.00 (10000 cents) or more get 10% off.', iex> Shop.Checkout.place([{\"MUG\", 4}], self()) / {:ok, 9000}) fails with 'Doctest failed', left: {:ok, 10000}, right: {:ok, 9000}, Redis up or down (the -redis-up case). place/2 dials the optional Redis price cache with :gen_tcp and logs the real refusal with Logger.warning; capture_log: true prints it inside the failure block."
A38A6_BLAME="At 65bad62 no rule reads ExUnit's 'Doctest failed' block (its code:/left:/right: lines come without the 'Assertion with ... failed' line that the ExUnit assertion rule reads); the captured log is inside the failure block: 'the failing unit failed for that reason alone', infrastructure/high [redis] (network.refused)."
record logged-after-assertion exunit-capture-log-doctest-left-right-cache-refusal exunit elixir code high $P38A6 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 0"' "$A38A6_WHY $A38A6_BLAME"
record logged-after-assertion exunit-capture-log-doctest-left-right-redis-up exunit elixir code high $P38A6 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mix test --seed 0"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): nothing logged, the same 'Doctest failed' (left: {:ok, 10000})."
