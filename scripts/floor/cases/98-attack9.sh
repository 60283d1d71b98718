# A ninth attacker's review (4dee587: a monorepo's task-runner prefixes, each package's lines
# judged apart). Each log is broken code; nothing listens on 5432, and every refusal is a real
# connect() refused by the kernel. Sourced by generate.sh.

# A package whose own lines show no failure a rule knows (a check script's `totals: 41.99 !=
# 42.00`, no test runner) was dropped as one that passed, though the task runner said its task
# failed (pnpm's `Failed`, npm's or pnpm's lifecycle error, turbo's `command ... exited (1)`):
# the refused package beside it decided alone.
K=unknown-failure-text
record $K pnpm-recursive-check-script-beside-pg-refused pnpm javascript code ambiguous node-attack9-monorepo 'pnpm -r --no-bail test' \
  "@shop/web's check script subtracts a stray discount, prints 'totals: 41.99 != 42.00' and exits 1 (pnpm prints 'packages/web test: Failed' and lists it in its summary); @shop/api's vitest tests are refused by PostgreSQL. infrastructure/high at 4dee587, where the web package's lines said nothing a rule knows and were dropped as a passing package's (and before it, where the log was judged by its last refusal)."
record $K turbo-stream-check-script-beside-pg-refused turbo javascript code ambiguous node-attack9-monorepo 'turbo run test --continue' \
  "@shop/web's check script subtracts a stray discount, prints 'totals: 41.99 != 42.00' and exits 1 (pnpm's ' ELIFECYCLE  Test failed.' in its lines, turbo's '@shop/web#test:  ERROR  command ... exited (1)' and 'Failed:' list outside them); @shop/api's vitest tests are refused by PostgreSQL. infrastructure/high at 4dee587, where the web package's lines were dropped as a passing package's."
