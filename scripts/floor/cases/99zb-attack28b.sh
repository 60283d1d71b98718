# Attack 28b (5ab1cb0 over 5f1f7fe): pytest --tb=line's crash lines lent by position (1e2e561) and
# run-tests.php's FAIL/BORK lines closing their test (da38b71). The refusals are real (nothing
# listens on 6379, run under `unshare --net` with lo up); every defect fails with Redis up too.
# Sourced by generate.sh.

# 1e2e561 keeps the last `=== FAILURES ===` section of --tb=line crash lines for the whole log and
# counts `FAILED` lines after it: a later pytest run without a FAILURES section (--tb=no) whose
# short-summary reason was cut (`- AssertionError: an ord...`) or left out (a long name) takes the
# first run's crash lines, by position, as its own.
# pytest cuts its short summary at the terminal's width (80 columns in a log) only when neither CI
# nor BUILD_NUMBER is set (_pytest/terminal.py running_on_ci): a developer's machine, Azure
# Pipelines, CodeBuild, or a test command run through sudo or tox 3 (which pass no CI variable).
# generate.sh exports CI=true, so these recipes run without it (env -u CI).
K=mixed-runners
record $K pytest-second-run-tbno-cut-assertion-takes-first-runs-crash-lines pytest python code high pytest-attack28b-second-run-tbno \
  'unshare --net sh -c "ip link set lo up; env -u CI ./run-tests.sh tests/unit"' \
  "run-tests.sh runs pytest twice: tests/integration with --tb=line -rs (both tests refused by Redis: two crash lines under FAILURES, no FAILED lines since -rs lists skips only), then tests/unit with -q --tb=no. shop.pricing.discounted_total() tests total > threshold where the docstring says 'or more' (>=): two unit tests fail with Redis up too, listed as 'FAILED tests/unit/test_pricing.py::test_at_threshold - AssertionError: an ord...'. 1e2e561's explainCutReason falls back to explainByTbLines, whose section (the first run's) is never reset: the n-th FAILED line after it takes the n-th refused crash line: infrastructure/high [redis] (5f1f7fe: code/ambiguous)."
record $K pytest-second-run-tbno-long-names-take-first-runs-crash-lines pytest python code ambiguous pytest-attack28b-second-run-tbno \
  'unshare --net sh -c "ip link set lo up; env -u CI ./run-tests.sh tests/unit_named"' \
  "The same two pytest runs (integration, then tests/unit_named); the unit tests of the '>' for '>=' defect have long names, so pytest's short summary leaves their reason out ('FAILED tests/unit_named/test_pricing_named.py::test_orders_exactly_at_the_threshold_get_the_discount_applied_to_their_total'). 1e2e561 lends each the first run's refused crash line at its position: infrastructure/high [redis] (5f1f7fe: code/ambiguous, failures listed without details)."
# Control: the same two runs as tox 3 envs (tox passes no CI variable): tox's closing
# '___ summary ___' reads as a pytest unit no rule explains, so the run stays ambiguous.
record $K tox-second-env-tbno-cut-assertion-after-refused-env tox python code high pytest-attack28b-second-run-tbno \
  'unshare --net sh -c "ip link set lo up; tox"' \
  "tox.ini's integration env (pytest --tb=line -rs, both tests refused by Redis) and unit env (pytest -q --tb=no: the '>' for '>=' defect, 'FAILED tests/unit/test_pricing.py::test_at_threshold - AssertionError: an ord...'). 1e2e561 lends the unit env's failures the integration env's crash lines as in pytest-second-run-tbno-cut-assertion-takes-first-runs-crash-lines; tox's own summary keeps the run infrastructure/ambiguous."

# run-tests.php prints a BORK for a SKIPIF that printed anything but 'skip ...', with that output as
# the title: an uncaught refusal in the SKIPIF spans lines, so no line is `BORK ... [x.phpt]` and
# no marker ends it. da38b71 closes the FAIL before it, so the next FAIL takes it as its own; a
# BORK before the first FAIL was already lent (5f1f7fe too).
K=ignored-section
RT28B='NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=/usr/bin/php php /usr/lib/php/20220829/build/run-tests.php -q --show-diff'
record $K phpt-skipif-refusal-bork-lent-to-next-fail phpt php code high phpt-attack28b-skipif-bork \
  "unshare --net sh -c \"ip link set lo up; $RT28B tests\"" \
  "tests/001 needs Redis (FAIL, refused in its diff); tests/002's SKIPIF calls Redis::connect() unguarded, so phpredis's RedisException 'Connection refused' is the SKIPIF's output: run-tests.php prints 'BORK Fatal error: Uncaught RedisException: Connection refused ...' over five lines, '[tests/002-cart-clear.phpt] reason: invalid output from SKIPIF' on the last; tests/003 fails on Shop\\Price::discounted()'s '>' for '>=' (diff 001+ int(10000) / 001- int(9000)), with Redis up too. da38b71 makes 001's FAIL line close it, so the BORK's lines wait for the next result line and 003's FAIL takes the refusal as its own: infrastructure/high [redis] (5f1f7fe: infrastructure/ambiguous, 003 unexplained)."
record $K phpt-skipif-refusal-bork-before-first-fail phpt php code high phpt-attack28b-skipif-bork \
  "unshare --net sh -c \"ip link set lo up; $RT28B tests/002-cart-clear.phpt tests/003-price-threshold.phpt\"" \
  "Only tests/002 (its SKIPIF's unguarded Redis::connect() refused: a BORK whose title is the five-line uncaught RedisException) and tests/003 (Shop\\Price::discounted()'s '>' for '>=': diff 001+ int(10000) / 001- int(9000), with Redis up too). The BORK's lines match no marker and 003's FAIL takes the output before it: infrastructure/high [redis], before da38b71 too (5f1f7fe: infrastructure/high); the BORK itself, counted in 'Tests borked', is no unit."
