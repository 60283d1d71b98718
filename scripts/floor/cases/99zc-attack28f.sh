# Attack 28f (ef1ff3f over 5ab1cb0): run-tests.php's reading reworked by ee8b12f (a BORK's lines
# are its own, the closing BORKED/WARNED lists are quiet, WARN&FAIL is a failed test) and
# php-amqplib's other connection classes made RabbitMQ entry points by 83f5017. The refusals are
# real (run under `unshare --net` with lo up: nothing listens on 6379, 6390 or 5672); every defect
# fails with Redis up too. Sourced by generate.sh.
RT28F='NO_COLOR=1 NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=/usr/bin/php php /usr/lib/php/20220829/build/run-tests.php -q --show-diff tests'

# run-tests.php borks a test that PASSED when its CLEAN section printed anything, with
# show_result("BORK", $output, ...): the BORK line's title is the TEST's own (expected) output, and
# what the CLEAN printed is only in the closing BORKED TEST SUMMARY ('info' => "$clean_output [$file]").
# ee8b12f reads the BORK's title lines as its account and makes BORKED TEST SUMMARY quiet ("they
# repeat the BORK's output"): a test of the outage path that passes prints the refusal it expected,
# and the CLEAN's real error is never read.
K=ignored-section
record $K phpt-clean-bork-title-is-passing-output-undefined-variable phpt php code high phpt-attack28f-clean-bork/typo \
  "unshare --net sh -c \"ip link set lo up; $RT28F\"" \
  "tests/010 checks the outage path on purpose: Shop\\Queue dials 127.0.0.1:6390 (nothing listens there, with or without Redis), catches phpredis's RedisException and spools the job; the test passes, printing what it expected ('bool(false)', 'RedisException: Connection refused', 'int(1)'). Its CLEAN calls Queue::purge(), whose rmdir(\$spooldir) misspells \$spoolDir: 'Warning: Undefined variable \$spooldir', 'Deprecated: rmdir(): Passing null ...'. run-tests.php borks the test for the CLEAN's output but prints the TEST's output as the BORK's title ('BORK bool(false)' / 'RedisException: Connection refused' / 'int(1) [tests/010-...phpt] reason: invalid output from CLEAN') and the CLEAN's warnings only under BORKED TEST SUMMARY. tests/001 (a real push to Redis on 6379) is refused. ee8b12f reads the BORK's lines as its own (the expected refusal: redis.phpredis) and BORKED TEST SUMMARY as quiet: infrastructure/high [redis] (5ab1cb0: code/high, code.php-engine-error on the Undefined variable). With Redis up, 001 passes and 010 borks the same."
record $K phpt-clean-bork-title-is-passing-output-glob-separator phpt php code ambiguous phpt-attack28f-clean-bork/glob \
  "unshare --net sh -c \"ip link set lo up; $RT28F\"" \
  "The same project with another one-character defect in Queue::purge(): glob(\$spoolDir . '*.json') lacks the '/', so no spooled job is removed and rmdir() warns 'Directory not empty'; run-tests.php borks the passing tests/010 for the CLEAN's output, printing the test's expected output (with 'RedisException: Connection refused' from the deliberate dial of 127.0.0.1:6390) as the BORK's title and the warning only under BORKED TEST SUMMARY. tests/001 is refused by Redis on 6379. infrastructure/high [redis] (5ab1cb0 too, judged by its fatal error): no rule reads the warning, which is the BORK's only account."

# A --TEST-- section of two lines gives a two-line result line ('FAIL first line' / 'second line
# [tests/x.phpt] '): no marker reads it, and the test's progress line leaves it pending, which ee8b12f
# takes for a passing test hidden by -g. WARN&FAIL (a SKIPIF that printed 'warn ...') is a failed
# unit for ee8b12f, but run-tests.php counts it under 'Tests warned', not 'Tests failed': it covers
# the count the hidden FAIL left.
K=unread-result-line
record $K phpt-two-line-title-fail-unread-warn-fail-covers-count phpt php code high phpt-attack28f-wrapped-title \
  "unshare --net sh -c \"ip link set lo up; $RT28F\"" \
  "tests/001 fails on Shop\\Price::discounted()'s '>' for '>=' (diff 001+ int(10000) / 001- int(9000), no service involved); its --TEST-- is two lines, so its result is 'FAIL Price: an order of exactly the threshold gets the discount,' then 'one cent below it pays full price [tests/001-price-threshold.phpt] '. tests/002's SKIPIF prints 'warn REDIS_HOST is not set, ...' and the test is refused by Redis: 'WARN&FAIL ... (warn: ...)', counted by run-tests.php as warned. Summary: Tests failed 1, Tests warned 1; exit 1 for the Price defect. ee8b12f leaves 001 pending (no failure), reads 002's WARN&FAIL as the one failed test the count asks for: infrastructure/high [redis] (5ab1cb0: infrastructure/high too, no unit read, judged by the fatal refusal). With Redis up 001 fails the same and 002 passes (WARN)."

# 83f5017: a not-found php-amqplib lazy/TLS/factory class is the library missing (high), though
# the class is missing only when the project's own autoloading fails to find an installed library.
K=client-named-code
record $K phpt-amqplib-lazy-connection-autoload-prefix-missing-slash phpt php code high phpt-attack28f-amqplib-autoload \
  "unshare --net sh -c \"ip link set lo up; $RT28F\"" \
  "Debian's php-amqplib 3.5.3 is installed (/usr/share/php/PhpAmqpLib/Connection/AMQPLazyConnection.php). The project's autoload.php maps 'PhpAmqpLib\\' to '/usr/share/php/PhpAmqpLib' without the trailing '/', so it looks for /usr/share/php/PhpAmqpLibConnection/AMQPLazyConnection.php: 'Fatal error: Uncaught Error: Class \"PhpAmqpLib\\Connection\\AMQPLazyConnection\" not found' in tests/001 (which opens no connection and passes with the fix); tests/002 is refused by Redis. 83f5017 makes AMQPLazyConnection a RabbitMQ entry point: infrastructure/high [rabbitmq,redis] (5ab1cb0: infrastructure/ambiguous, the name only in php-amqplib's namespace)."
