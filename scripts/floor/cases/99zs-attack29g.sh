# Attack 29g (fresh-eyes review of 85babf1..ed5002f). Sourced by generate.sh.
# b24f273's count guard for a log no dialect splits (59980a5: infrastructure/high only when the runner's counted
# failures are no more than the sure refusals the log shows) drops from the count only what a LOGGER printed
# (classifier.ts LOGGER_LINE). A passing test's fallback that prints the client's error with plain Kernel#warn / print()
# (no logger prefix, no 'falling back' words) still counts as a refusal shown as a failure, and covers the real failure
# printed where no dialect reads it.
# Debian's ruby 3.1, ruby-minitest-reporters 1.0.19, ruby-redis 4.8; python3 3.11, python3-redis 4.3.4; redis-server.
A29G_RB='unshare --net sh -c "ip link set lo up; ruby -Ilib test/prices_test.rb --seed 1"'
A29G_PY='unshare --net sh -c "ip link set lo up; /usr/bin/python3 tests/run.py"'
A29G_UP='s#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #'

# 1. attack 29e's project with its cache's LOG.warn replaced by Kernel#warn (stderr, no prefix): 2 counted (1 failure, 1
#    refused error), 2 refusals shown (the error's and the passing test's warn).
record unread-result-line minitest-reporters-progress-assert-message-only-plain-warn-fallback-counted minitest ruby code high rb-attack29g-progress-plain-warn-fallback \
  "$A29G_RB" \
  "Prices.price? makes the decimals compulsory (/\\A\\d+\\.\\d\\d\\z/, should be /\\A\\d+(?:\\.\\d\\d)?\\z/), so test_whole_price fails its 'assert Prices.price?(\"5\"), \"a whole price is a price\"', also with Redis up (next case). ProgressReporter prints the failure as its assert's own message only (no class), which no rule reads. StockTest#test_reserve is refused by Redis (1 error); test_cached_total PASSES through the cache's fallback, which prints redis-rb's refusal with plain Kernel#warn ('price cache unavailable, computing total: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)', no logger prefix). b24f273 drops from RunFindings.sureRefusals only a LOGGER_LINE (Ruby Logger's 'W, [...]  WARN -- :'), so the plain warn still counts: the totals' 1 failure + 1 error (2) <= 2 refusals shown, and the refused error is what ended the run: infrastructure/high [redis] (the same at 85babf1, before the guard)."
record unread-result-line minitest-reporters-progress-assert-message-only-plain-warn-fallback-counted-redis-up minitest ruby code high rb-attack29g-progress-plain-warn-fallback \
  "$(printf '%s' "$A29G_RB" | sed "$A29G_UP")" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the refused test and the fallback pass, test_whole_price still fails ('a whole price is a price'), the run's only failure (control)."

# 2. The same without the refused test: the run's ONLY refusal is a passing test's plain warn, the only counted failure
#    the unread assertion (1 <= 1).
record unread-result-line minitest-reporters-progress-assert-message-only-passing-plain-warn-only-refusal minitest ruby code high rb-attack29g-progress-plain-warn-only \
  "$A29G_RB" \
  "Prices.price? makes the decimals compulsory (/\\A\\d+\\.\\d\\d\\z/), so test_whole_price fails 'a whole price is a price', also with Redis up (next case). No test is refused: the run's only refusal is test_cached_total's (PASSING) cache fallback printing redis-rb's error with plain Kernel#warn (no logger prefix, so b24f273's LOGGER_LINE does not drop it); ProgressReporter prints the one failure as its assert's message only, which no rule reads. No dialect splits the log; the totals' 1 failure <= 1 refusal shown (59980a5/b24f273's count guard), and the passing test's warn line is read as the error that ended the run: infrastructure/high [redis] (85babf1 the same, by network.refused)."
record unread-result-line minitest-reporters-progress-assert-message-only-passing-plain-warn-only-refusal-redis-up minitest ruby code high rb-attack29g-progress-plain-warn-only \
  "$(printf '%s' "$A29G_RB" | sed "$A29G_UP")" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): the fallback is not taken, test_whole_price still fails, the run's only failure (control)."

# 3. Python: the project's own runner (tests/run.py: '  ok    name', '  FAIL  name: message', 'N tests, N failures,
#    N errors'); the passing test's cache fallback print()s redis-py's error.
record unread-result-line own-harness-fail-line-unread-passing-print-fallback-only-refusal own-harness python code high py-attack29g-own-harness-print-fallback \
  "$A29G_PY" \
  "prices.PRICE makes the decimals compulsory (r\"\\d+\\.\\d\\d\", should be r\"\\d+(?:\\.\\d\\d)?\"), so test_whole_price fails 'a whole price is a price', also with Redis up (next case). The project's own runner (tests/run.py) prints '  FAIL  test_prices.test_whole_price: a whole price is a price' and '3 tests, 1 failures, 0 errors'; no dialect splits it and no rule reads the FAIL line. test_cached_total PASSES ('  ok' after it) through the cache's fallback, which print()s redis-py's 'Error 111 connecting to 127.0.0.1:6379. Connection refused.' (no logger prefix: b24f273's LOGGER_LINE keeps it counted). The totals' 1 failure <= 1 refusal shown (59980a5's count guard), so the passing test's print is the error that ended the run: infrastructure/high [redis] (85babf1 the same)."
record unread-result-line own-harness-fail-line-unread-passing-print-fallback-only-refusal-redis-up own-harness python code high py-attack29g-own-harness-print-fallback \
  "$(printf '%s' "$A29G_PY" | sed "$A29G_UP")" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): no fallback, test_whole_price still fails, the run's only failure (control)."

# 4. No passing test's output at all: 59980a5's sureRefusals counts sure refusal LINES, not failures. One refused test's
#    chained traceback (CPython's 'During handling of the above exception': ConnectionRefusedError, then redis-py's
#    ConnectionError) shows two, covering the runner's second counted failure (the unread FAIL line): 2 <= 2.
record unread-result-line own-harness-fail-line-unread-chained-refusal-counted-twice own-harness python code high py-attack29g-own-harness-chained-refusal \
  "$A29G_PY" \
  "prices.PRICE makes the decimals compulsory (r\"\\d+\\.\\d\\d\", should be r\"\\d+(?:\\.\\d\\d)?\"), so test_whole_price fails 'a whole price is a price', also with Redis up (next case). The project's own runner (tests/run.py) prints '  FAIL  test_prices.test_whole_price: a whole price is a price', which no rule reads, and '3 tests, 1 failures, 1 errors'. test_reserve is refused by Redis (1 error); the runner prints its traceback whole, and CPython's chained traceback shows the refusal twice (ConnectionRefusedError: [Errno 111], then redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379). 59980a5's count guard compares the runner's 2 counted failures with RunFindings.sureRefusals, which counts sure refusal LINES (2), not failures: 2 <= 2, and redis-py's line is the error that ended the run: infrastructure/high [redis] (85babf1 the same, before the guard)."
record unread-result-line own-harness-fail-line-unread-chained-refusal-counted-twice-redis-up own-harness python code high py-attack29g-own-harness-chained-refusal \
  "$(printf '%s' "$A29G_PY" | sed "$A29G_UP")" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): test_reserve passes, test_whole_price still fails, the run's only failure (control)."

# 5. A LOGGER that prints no prefix: Python's logging with no handler configured writes WARNING and above through
#    logging.lastResort, whose format is the bare message ('%(message)s'). b24f273's LOGGER_LINE cannot see it.
record unread-result-line own-harness-fail-line-unread-passing-unconfigured-logging-warning-only-refusal own-harness python code high py-attack29g-own-harness-unconfigured-logging-warning \
  "$A29G_PY" \
  "prices.PRICE makes the decimals compulsory (r\"\\d+\\.\\d\\d\"), so test_whole_price fails 'a whole price is a price', also with Redis up (next case); the project's own runner prints '  FAIL  test_prices.test_whole_price: a whole price is a price' (no rule reads it) and '3 tests, 1 failures, 0 errors'. test_cached_total PASSES through the cache's fallback, which LOGS redis-py's refusal with log.warning(...), but no logging handler is configured, so CPython's logging.lastResort prints the bare message to stderr ('price cache unavailable, computing total: Error 111 connecting to 127.0.0.1:6379. Connection refused.'): a logger's line with no prefix, which b24f273's LOGGER_LINE (Python's 'WARNING  x' form only) cannot tell from a failure. 1 counted failure <= 1 refusal shown (59980a5's guard): infrastructure/high [redis] (85babf1 the same)."
record unread-result-line own-harness-fail-line-unread-passing-unconfigured-logging-warning-only-refusal-redis-up own-harness python code high py-attack29g-own-harness-unconfigured-logging-warning \
  "$(printf '%s' "$A29G_PY" | sed "$A29G_UP")" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; PONG is the log's first line): no fallback, test_whole_price still fails, the run's only failure (control)."
