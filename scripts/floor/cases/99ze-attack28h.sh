# Attack 28h (8cbe88f over f811903): pytest's FAILED and ERROR counted apart (61df553), libpq's
# unresolved loopback names (5c86e0b), run-tests.php's CLEAN BORKs and wrapped titles (36dc42b).
# The refusals are real (run under `unshare --net` with lo up: nothing listens on 5432 or 6379);
# every defect fails with the service up too. Sourced by generate.sh.

# 5c86e0b reads libpq's 'could not translate host name "localhost6" to address' (and
# localhost.localdomain) as the runner's resolver losing its loopback name (high), "no project
# mistypes" it; but localhost6 is the IPv6 loopback's name in Fedora's and RHEL's /etc/hosts only
# (Debian and Ubuntu call it ip6-localhost): a DSN written on one distribution fails on the other,
# with PostgreSQL up (run-up.sh in the project).
K=distro-host-name
record $K pytest-libpq-localhost6-replica-dsn-beside-refused-primary pytest python code high py-attack28h-libpq-localhost6 \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider --tb=short"' \
  "reports.REPORTING copies the primary's DSN with host='localhost6' (meant: the IPv6 loopback, the name Fedora's /etc/hosts gives ::1; Debian's and Ubuntu's have no such name, ip6-localhost instead), so libpq says 'could not translate host name \"localhost6\" to address' whether PostgreSQL is up or not (run-up.sh: test_live_orders passes, test_monthly_orders fails the same). test_live_orders is refused on localhost:5432. 5c86e0b's postgresql.libpq.loopback-unresolved calls localhost6 a loopback name no project mistypes: infrastructure/high [postgresql] (f811903: infrastructure/ambiguous, network.dns.service-host)."

# phpredis says 'Redis server went away' for any command on a Redis object whose connect() never ran
# (redis.phpredis reads it as Redis unreachable, high): a client the project forgot to connect fails
# so with Redis up. 36dc42b reads run-tests.php's BORKED TEST SUMMARY entry as a CLEAN BORK's
# account (it was quiet): a CLEAN that uses such a client borks a passing test with that sentence.
K=never-connected-client
RT28H='NO_COLOR=1 NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=/usr/bin/php php /usr/lib/php/20220829/build/run-tests.php -q --show-diff'
record $K phpt-clean-bork-never-connected-client-went-away phpt php code high phpt-attack28h-clean-never-connected \
  "unshare --net sh -c \"ip link set lo up; $RT28H tests\"" \
  "Shop\\Cache::client() connects only when REDIS_LAZY is set (the condition inverted: '!getenv' meant), so the eager client it returns was never connected. tests/010 (a cart key's format, no service) passes; its CLEAN calls Cache::client()->del(): 'Fatal error: Uncaught RedisException: Redis server went away', printed only under BORKED TEST SUMMARY, so run-tests.php borks the test, with Redis up too (run-up.sh: tests/001 passes, tests/010 borks the same). tests/001 is refused by Redis on 6379. 36dc42b reads the BORKED TEST SUMMARY entry as the BORK's account and redis.phpredis reads 'Redis server went away' as Redis unreachable: infrastructure/high [redis] (f811903: infrastructure/ambiguous, the BORK unexplained)."
# Control (before 36dc42b too): the same never-connected client in a test's FILE section.
record $K phpt-fail-never-connected-client-went-away phpt php code high phpt-attack28h-clean-never-connected \
  "unshare --net sh -c \"ip link set lo up; $RT28H tests-file\"" \
  "tests-file/011 counts a cart's items through Shop\\Cache::client(), which connects only when REDIS_LAZY is set (inverted condition): 'Fatal error: Uncaught RedisException: Redis server went away' in the test's diff, Redis up or not; tests-file/001 is refused by Redis on 6379. redis.phpredis reads 'Redis server went away' (phpredis's words for a command on a never-connected or closed socket) as Redis unreachable: infrastructure/high [redis], at f811903 too (a knowledge flaw, not a change of this range)."
