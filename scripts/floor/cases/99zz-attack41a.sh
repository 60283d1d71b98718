# Attack 41a: a Perl test script that dies with the code's own message, whose module's END block (run before
# Test::Builder's, being defined after it: END blocks run last-defined first) warns the real refusal of a best-effort
# Redis stats flush. So the line just above '# Looks like your test exited with N just after M.' is a sure refusal,
# and the code's die message is the line above that.
K=died-in-test
P41A=prove-attack41a-end-stats-flush
A41A_WHY="lib/Shop/Price.pm's convert looks its rate up as \$RATE{ lc \$currency } where %RATE's keys are upper case (EUR, USD, ...), so every conversion dies with the code's own 'Unknown currency EUR' and t/01-price.t stops after 1 of its 3 planned tests, Redis up or down (the -redis-up case). lib/Shop/Cache.pm's END block adds the process's hit/miss counts to Redis, best effort: with nothing listening it warns the real refusal ('cache stats not saved: Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Cache.pm line 25.'). Perl runs END blocks last-defined first, and Shop::Cache is loaded after Test::More, so its END runs (and warns) after the die message and before Test::Builder's ending prints '# Looks like your test exited with 111 just after 1.' (111: the \$! left over from Redis.pm's refused connect in Shop::Cache->new; 29 with Redis up). t/02-basics.t passes and prints the same END warning."
A41A_BLAME="dad2118 explains a Perl script that died ('# Looks like your test exited with N') when the last finding recorded is a sure refusal on the line just above it, taking that line for the die's message. But the line above is not always the die's: any END block of a module loaded after Test::More runs between the die and Test::Builder's ending, and what it prints lands there. Here the die message ('Unknown currency EUR', read by no rule) is two lines up, with a non-indented line between, so the script-died guard is satisfied by the END block's refusal: the unit's only reason is that refusal, 'the failing unit failed for that reason alone', infrastructure/high [redis]."
record $K prove-default-dies-on-own-lookup-then-end-block-refusal prove perl code high $P41A \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A41A_WHY Plain 'prove t/'. $A41A_BLAME"
record $K prove-verbose-dies-on-own-lookup-then-end-block-refusal prove perl code high $P41A \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A41A_WHY Under 'prove -v'. $A41A_BLAME"
record $K prove-parallel-dies-on-own-lookup-then-end-block-refusal prove perl code high $P41A \
  'unshare --net sh -c "ip link set lo up; prove -j4 t/"' "$A41A_WHY Under 'prove -j4'. $A41A_BLAME"
record $K prove-one-file-dies-on-own-lookup-then-end-block-refusal prove perl code high $P41A \
  'unshare --net sh -c "ip link set lo up; prove t/01-price.t"' "$A41A_WHY Only t/01-price.t. $A41A_BLAME"
record $K prove-default-dies-on-own-lookup-end-block-redis-up prove perl code high $P41A \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh prove t/"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal, the END block's flush succeeds, the same 'Unknown currency EUR' death after test 1 (exit 29)."

# The same hole, reached by a DESTROY: a script-scoped object whose DESTROY publishes its buffered events to Redis
# (best effort). A die at the script's top level unwinds its scope, so the object is destroyed (and warns the refusal)
# after the die message and before Test::Builder's END prints '# Looks like your test exited with 255 just after 2.'.
P41A2=prove-attack41a-destroy-event-flush
A41A2_WHY="lib/Shop/Order.pm's place sums \$_->{qty} * (\$_->{price} // 0) where add_line stores each line's unit price under 'cents', so the total is 0 and place dies with the code's own 'Order 7 has no total' after 2 of t/01-order.t's 3 planned tests, Redis up or down (the -redis-up case). The order's Shop::Events buffer (a 'my \$events' at the script's top level) publishes its queued events to Redis in its DESTROY, best effort: the die unwinds the script's scope, so the DESTROY runs after the die message and before Test::Builder's END, and warns the real refusal ('1 order events not published: Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Events.pm line 13.') on the line just above '# Looks like your test exited with 255 just after 2.'. The test's own path never touches Redis. t/02-events.t passes."
A41A2_BLAME="dad2118 explains a Perl script that died ('# Looks like your test exited with N') when the last finding recorded is a sure refusal on the line just above it, taking that line for the die's message. But a die at the top level destroys the script's lexicals (DESTROY) and runs every END block defined after Test::More's before Test::Builder's ending prints, so the line above can be a destructor's or END block's output; the die's own message ('Order 7 has no total', read by no rule) is two lines up. The unit's only reason is the destructor's refusal: 'the failing unit failed for that reason alone', infrastructure/high [redis]."
record $K prove-default-dies-on-own-total-then-destroy-refusal prove perl code high $P41A2 \
  'unshare --net sh -c "ip link set lo up; prove t/"' "$A41A2_WHY Plain 'prove t/'. $A41A2_BLAME"
record $K prove-verbose-dies-on-own-total-then-destroy-refusal prove perl code high $P41A2 \
  'unshare --net sh -c "ip link set lo up; prove -v t/"' "$A41A2_WHY Under 'prove -v'. $A41A2_BLAME"
record $K prove-default-dies-on-own-total-destroy-redis-up prove perl code high $P41A2 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh prove t/"' \
  "Control: the same run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG is the log's first line): no refusal, the DESTROY publishes the event, the same 'Order 7 has no total' death after test 2 (exit 255)."

# RSpec run twice in one log (a CI script that runs the unit specs, then the integration specs, both always): each run
# numbers its failures from 1, and the second run's '  1) ...' is taken for the first run's unit 1, whatever its name.
K=same-name
P41A3=rspec-attack41a-two-runs-same-number
A41A3_WHY="lib/shop/price.rb's discounted rounds with .floor where its comment (and the spec) say half a cent rounds up (.round), so spec/unit/price_spec.rb's 'rounds half a cent up' fails (904 for 905) with its custom message 'prices must round half a cent up', Redis up or down (the -redis-up case: there the integration run passes). The integration run's one example, Shop::Cache 'keeps a computed price', fails on the real refusal (Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)). Both runs print their failure as '  1) ...' and their own summary '... examples, 1 failure'."
A41A3_BLAME="The RSpec dialect's 'listed' marker keys a failure by its number (rspec:1), so the second run's '  1) Shop::Cache keeps a computed price' (or, in the other order, '  1) Shop::Price rounds half a cent up') reopens the first run's unit 1: one unit, named after the first run's example, holds both failures. The price failure's lines (a custom message no rule reads) leave nothing against the refusal, so the merged unit is 'failed for that reason alone', infrastructure/high [redis]; the two summaries add up to 2 reported failures against 1 printed unit, yet the unprinted count does not hold the verdict back (printedAcrossRuns counts unit 1 once for each run's summary: 1 + 1). Alone, the unit run reads code/ambiguous (test.no-reason). Same at d91b6c1: not one of dad2118's changes, but the multi-run counting dad2118 extends (each summary counted, each run's printed units counted again) presumes each run's units are its own, and here they are not."
record $K rspec-two-runs-unit-then-integration-same-failure-number rspec ruby code high $P41A3 \
  'unshare --net sh -c "ip link set lo up; ci/test.sh"' "$A41A3_WHY ci/test.sh: 'rspec spec/unit', then 'rspec spec/integration'. $A41A3_BLAME"
record $K rspec-two-runs-integration-then-unit-same-failure-number rspec ruby code high $P41A3 \
  'unshare --net sh -c "ip link set lo up; ci/test-integration-first.sh"' "$A41A3_WHY ci/test-integration-first.sh: the integration run first. $A41A3_BLAME"
record $K rspec-doc-format-two-runs-same-failure-number rspec ruby code high $P41A3 \
  'unshare --net sh -c "ip link set lo up; rspec --format documentation spec/unit; rspec --format documentation spec/integration"' "$A41A3_WHY The two runs typed out, under the documentation formatter. $A41A3_BLAME"
record $K rspec-two-runs-same-failure-number-redis-up rspec ruby code high $P41A3 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh ci/test.sh"' \
  "Control: the same ci/test.sh with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): the integration run passes (1 example, 0 failures), the same 'prices must round half a cent up' failure in the unit run."

# The same with ExUnit: 'mix test' run for the unit tests, then for the integration tests; each run counts its
# failures from '  1)'.
P41A4=exunit-attack41a-two-runs-same-number
A41A4_WHY="lib/price.ex's discounted rounds with floor where its comment (and the test) say half a cent rounds up (round), so test/unit/price_test.exs's 'rounds half a cent up' fails (904 for 905) with its custom message 'prices must round half a cent up', Redis up or down (the -redis-up case: there the integration run passes). The integration run's one test, Shop.CacheTest 'keeps a price', fails on the real refusal ('** (MatchError) no match of right hand side value: {:error, :econnrefused}' from lib/cache.ex's :gen_tcp.connect). Both runs print their failure as '  1) test ... (Module)' with their own summary '... 1 failure'."
A41A4_BLAME="The EXUNIT dialect's start marker keys a failure by its counter (exunit:1), so the second run's '  1) test keeps a price (Shop.CacheTest)' reopens the first run's unit 1, 'test rounds half a cent up (Shop.PriceTest)': one unit holds both failures. The custom message and the 'code: assert ...' line are read by no rule (alone the unit run reads code/ambiguous, test.no-reason), so the merged unit is 'failed for that reason alone', infrastructure/high (network.refused, unnamed service); 2 reported failures against 1 unit do not hold it back (printedAcrossRuns counts unit 1 once for each run's summary). Same key-by-counter shape as RSpec's; not one of dad2118's changes."
record same-name exunit-two-runs-unit-then-integration-same-failure-number exunit elixir code high $P41A4 \
  'unshare --net sh -c "ip link set lo up; ci/test.sh"' "$A41A4_WHY ci/test.sh: 'mix test --seed 0 test/unit', then 'mix test --seed 0 test/integration'. $A41A4_BLAME"
record same-name exunit-trace-two-runs-same-failure-number exunit elixir code high $P41A4 \
  'unshare --net sh -c "ip link set lo up; mix test --trace test/unit; mix test --trace test/integration"' "$A41A4_WHY The two runs typed out, under --trace. $A41A4_BLAME"
record same-name exunit-two-runs-same-failure-number-redis-up exunit elixir code high $P41A4 \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh ci/test.sh"' \
  "Control: the same ci/test.sh with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh: redis-cli's PONG first): the integration run passes, the same 'prices must round half a cent up' failure in the unit run."
