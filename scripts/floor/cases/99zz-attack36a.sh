# Attack 36a (fresh eyes on 2a31f4b: Python beyond pytest). All refusals are real: nothing listening,
# `unshare --net` with lo up. Sourced by generate.sh. Debian's python3 3.11, python3-redis 4.3.4, python3-nose2, python3-pytest.

# A defect raised while handling the project's own wrapper of a refusal. vat.cached_rate wraps redis-py's refusal
# (`raise RateUnavailable(f"vat cache unreachable: {e}") from e`, its message quoting the client's error), and
# vat_rate's `except RateUnavailable:` falls back to Decimal(DEFAULT_RATE), which raises decimal.InvalidOperation
# because DEFAULT_RATE is "0,19" (decimal comma). CPython prints the chain: ConnectionRefusedError, redis-py's
# ConnectionError, 'The above exception was the direct cause of the following exception:', RateUnavailable, 'During
# handling of the above exception, another exception occurred:', decimal.InvalidOperation (the test's error).
# units.ts linkChain sets unit.wrapsNext on the direct-cause line (no unexplained error yet, an infra line seen); the
# wrapper's line is TAKEN BY A RULE (redis.py.connecting reads its quoted 'Error 111 connecting to localhost:6379.
# Connection refused.'), so classifier.ts never reaches the wrapsNext branch that would clear it, and the flag is still
# set when the real error, decimal.InvalidOperation, comes two links later: it is skipped as 'the wrapper' and the
# unit holds only refusals.
K=unrecognised-exception
P36A=unittest-attack36a-vat-default-rate-comma
A36A_WHY="vat.DEFAULT_RATE is \"0,19\" (decimal comma, should be \"0.19\"), so Decimal(DEFAULT_RATE) raises decimal.InvalidOperation whether the Redis cache answers without the key or is down (its fallback); Redis up: the same error (the -redis-up case). Down, CPython prints the chain refusal -> redis-py ConnectionError -> (direct cause) the project's RateUnavailable, whose message quotes redis-py's error -> (during handling) decimal.InvalidOperation. At 2a31f4b units.ts linkChain sets wrapsNext on the direct-cause line; the wrapper line is matched by redis.py.connecting so the flag is never consumed, and the real error two links later (InvalidOperation, which no rule reads) is dropped as the wrapper's headline: the unit holds only the refusals, infrastructure/high [redis] network.refused."
record $K unittest-v-error-while-handling-own-wrapper-quoting-refusal unittest python code ambiguous $P36A \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m unittest -v"' \
  "$A36A_WHY"
record $K unittest-error-while-handling-own-wrapper-quoting-refusal unittest python code ambiguous $P36A \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m unittest"' \
  "The same run without -v (dots). $A36A_WHY"
record $K nose2-v-error-while-handling-own-wrapper-quoting-refusal nose2 python code ambiguous $P36A \
  'unshare --net sh -c "ip link set lo up; nose2-3 -v"' \
  "The same project under nose2 -v (unittest's blocks). $A36A_WHY"
record $K pytest-tb-native-error-while-handling-own-wrapper-quoting-refusal pytest python code ambiguous $P36A \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider --tb=native"' \
  "The same project under pytest --tb=native (CPython's own chain, the same skip of decimal.InvalidOperation inside the block). Control, infrastructure/ambiguous at 2a31f4b: with CI=true (as generate.sh and GitHub Actions set it) pytest does not cut the short summary, and its 'FAILED ... - decimal.InvalidOperation: ...' line is read as an error no rule explains. Without CI set, pytest cuts that reason to 80 columns ('decimal.InvalidOpera...') and the same run is infrastructure/high. $A36A_WHY"
record $K unittest-v-error-while-handling-own-wrapper-quoting-refusal-redis-up unittest python code ambiguous $P36A \
  'unshare --net sh -c "ip link set lo up; ci/with-redis.sh /usr/bin/python3 -m unittest -v"' \
  "The first case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the cache answers without the key and the same decimal.InvalidOperation fails the test, the run's only failure (control)."
