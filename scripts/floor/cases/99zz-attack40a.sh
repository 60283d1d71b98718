# Attack 40a (fresh eyes on d91b6c1: the PROVE dialect, src/classify/dialects/perl.ts, and code.perl-runtime-error).
# All refusals are real: nothing listening on 127.0.0.1:6379, `unshare --net` with lo up. Sourced by generate.sh.
#
# A Test::More script that dies with the code's own message (`die "...\n"`, a validation error: no Perl diagnostic of
# perldiag, no exception class, no `#   Failed test`) after its best-effort Redis cache warned the real refusal.
# prove prints the script's stderr above its `t/x.t .. ` line: the warning, the die message, Test::More's
# `# Looks like your test exited with 111 just after 2.`, then `Dubious, test returned 111`, `Failed 1/3 subtests`
# and `Parse errors: Bad plan.  You planned 3 tests but ran 2.` (perl's die exits with $!, here ECONNREFUSED, 111,
# left over from Redis.pm's refused connect; 255 with Redis up).
K=died-in-test
P40A=prove-attack40a-cart-quantity-limit
A40A_WHY="lib/Shop/Cart.pm's add rejects 'qty >= 99' where its comment says a line may hold 1 to 99 (the check meant '> 99'), so t/01-cart.t's third step, \$cart->add('SKU-2', 99, 100), dies with the code's own 'Invalid quantity 99 for SKU-2' after 2 of its 3 planned tests, Redis up or down (the -redis-up case). Shop::Cache->new (every cart's) tries its optional Redis price cache and warns the real refusal ('price cache disabled: Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Cache.pm line 8.'), then works without it; t/02-price.t passes and prints the same warning."
A40A_BLAME="At d91b6c1 the PROVE dialect (5f8a1d9) makes the script's line a unit that takes everything printed above it as the script's stderr; in it the die message 'Invalid quantity 99 for SKU-2' matches no rule and no failure shape (it is not one of code.perl-runtime-error's perldiag messages, not Test::More's '#   Failed test'), and '# Looks like your test exited with 111 just after 2.', 'Dubious, test returned 111', 'Failed 1/3 subtests', 'Non-zero exit status' and 'Parse errors: Bad plan.' are all 'uninformative'; the summary's 'Tests: 2 Failed: 0' counts no failed test. So the unit's only reason is the warned refusal: 'the failing unit failed for that reason alone', infrastructure/high [redis]. A script that died before its plan was done (Bad plan, a non-zero exit, no failed test) is not accounted for by a refusal it logged and went on past. (At 65bad62, with no prove dialect, it was infrastructure/high too: the refusal as 'the error that ended the run'.)"
record $K prove-default-dies-on-own-validation-after-cache-refusal prove perl code high $P40A \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A40A_WHY Plain 'prove t/'. $A40A_BLAME"
record $K prove-parallel-dies-on-own-validation-after-cache-refusal prove perl code high $P40A \
  'unshare --net sh -c "ip link set lo up; prove -j4 t/"' "$A40A_WHY Under 'prove -j4'. $A40A_BLAME"
record $K prove-verbose-dies-on-own-validation-after-cache-refusal prove perl code high $P40A \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A40A_WHY Under 'prove -v' ('ok 1', 'ok 2', then nothing). $A40A_BLAME"
record $K prove-timer-one-file-dies-on-own-validation-after-cache-refusal prove perl code high $P40A \
  'unshare --net sh -c "ip link set lo up; prove --timer t/01-cart.t"' "$A40A_WHY Only t/01-cart.t, under 'prove --timer'. $A40A_BLAME"
record $K prove-default-dies-on-own-validation-redis-up prove perl code high $P40A \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh prove t/"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal, the same 'Invalid quantity 99 for SKU-2' death after test 2 (exit 255)."

# The same defect met by a load test that stops the whole run with Test::More's BAIL_OUT when it cannot make a full
# cart ('eval { ... } or BAIL_OUT("cannot fill a cart: $@")'): prove prints 'Bailout called.  Further testing
# stopped:  cannot fill a cart: Invalid quantity 99 for SKU-1' above the script's line, the script's Dubious block and
# summary ('Tests: 1 Failed: 0', 'Bad plan.  You planned 2 tests but ran 1.'), then 'FAILED--Further testing stopped: ...'
# (exit 255); the other scripts never run.
P40A2=prove-attack40a-bail-out-full-line
A40A2_WHY="lib/Shop/Cart.pm's add rejects 'qty >= 99' where its comment says a line may hold 1 to 99 (the check meant '> 99'), so t/00-load.t's eval { \$cart->add('SKU-1', 99, 1) } fails with the code's own 'Invalid quantity 99 for SKU-1' and the script calls BAIL_OUT('cannot fill a cart: ...'), Redis up or down (the -redis-up case). Shop::Cache->new tries its optional Redis price cache and warns the real refusal first, then works without it."
A40A2_BLAME="At d91b6c1 the PROVE dialect (5f8a1d9) reads neither 'Bailout called.  Further testing stopped:' nor 'FAILED--Further testing stopped:' (TAP::Formatter's bailout lines; its 'Bail out!' TAP line is read only as -v's data); the script's unit holds the warned refusal, the unread bail-out line and the 'uninformative' Dubious / Failed 1/2 subtests / Bad plan lines; the summary counts 'Failed: 0'. So: 'the failing unit failed for that reason alone', infrastructure/high [redis]."
record $K prove-default-bail-out-on-own-validation-after-cache-refusal prove perl code high $P40A2 \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A40A2_WHY Plain 'prove t/'. $A40A2_BLAME"
record $K prove-verbose-bail-out-on-own-validation-after-cache-refusal prove perl code high $P40A2 \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A40A2_WHY Under 'prove -v'. $A40A2_BLAME"
record $K prove-default-bail-out-on-own-validation-redis-up prove perl code high $P40A2 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh prove t/"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): no refusal, the same BAIL_OUT('cannot fill a cart: Invalid quantity 99 for SKU-1')."

# ExUnit (Debian's elixir 1.14): a failure block ends at the first line indented less than its five-space details
# (95bea59, elixir.ts detailsDepth). A passing test that runs right after the failed one and prints a table whose
# first column is right-aligned (String.pad_leading(name, 10): '     cache  redis 127.0.0.1:6379  {:error,
# :econnrefused}') starts its output five spaces deep, so its first line is read as the failed test's own detail.
P40A3=exunit-attack40a-health-table-after-failure
A40A3_WHY="lib/cart.ex's total gives the 10% discount when 'subtotal > 10000' where its comment says 'Orders of 100.00 (10000 cents) or more' (>= meant), so 'test an order of exactly 100.00 gets 10% off' fails with its custom message 'orders of 100.00 or more get 10% off' (code: assert ... == 9000), Redis up or down (the -redis-up case). The module's passing 'the health report has a line for each dependency' prints Shop.Health.report(), a table of the shop's dependencies with each name right-aligned in ten columns; its first line is the optional Redis price cache's real refusal ('     cache  redis 127.0.0.1:6379  {:error, :econnrefused}'). With these seeds it runs right after the failed test, so that line follows the failure block's blank line, five spaces deep (the order of the formatter's block and the next test's print is a race: seeds 2 and 7 gave it 3 of 3 times here; in the Redis up control the table came first)."
A40A3_BLAME="At d91b6c1 ExUnit's failure block ends at the first non-blank line indented less than five (95bea59, detailsDepth); the passing test's first printed line is indented exactly five ('cache' padded to ten), so it is read as the failed test's detail: the refusal becomes the unit's reason beside a custom assertion message that no rule reads, 'the failing unit failed for that reason alone', infrastructure/high [redis] (network.refused). (At 65bad62 too.)"
record unknown-failure-text exunit-custom-message-then-padded-health-table-refusal-seed2 exunit elixir code high $P40A3 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 2"' "$A40A3_WHY 'mix test --seed 2'. $A40A3_BLAME"
record unknown-failure-text exunit-custom-message-then-padded-health-table-refusal-seed7 exunit elixir code high $P40A3 \
  'unshare --net sh -c "ip link set lo up; mix test --seed 7"' "$A40A3_WHY 'mix test --seed 7'. $A40A3_BLAME"
record unknown-failure-text exunit-custom-message-then-padded-health-table-redis-up exunit elixir code high $P40A3 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh mix test --seed 2"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): the health table says ':ok' for the cache, the same custom-message failure."
