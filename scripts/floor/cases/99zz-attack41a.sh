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
