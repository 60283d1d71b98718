# A tenth attacker's review (a7ac1aa: the sections a package manager's `> name@version script`
# header opens, judged apart). Each log is broken code; nothing listens on 5432, and every refusal
# is a real connect() refused by the kernel. Sourced by generate.sh.

# A script that survived its refusal (it logged it and exited 0: npm ran the script that follows
# it only because it did), then a later script failing with a check line no rule knows (npm 11
# prints nothing after a failing script): the survived refusal was judged the error that ended the
# run, before the sections and after them.
K=unknown-failure-text
record $K npm-pretest-survived-refusal-then-check-script npm javascript code ambiguous node-attack10-lifecycle/pretest 'npm test' \
  "The pretest script logs PostgreSQL's refusal and exits 0 (npm runs 'test' only because it did); the test script's check subtracts a stray discount, prints 'totals: 41.98 != 42.00' and exits 1. infrastructure/high at a7ac1aa and before it, where the survived refusal was judged the error that ended the run."
record $K npm-and-chain-survived-refusal-then-check-script npm javascript code ambiguous node-attack10-lifecycle/chain 'npm test' \
  "'npm run migrate && npm run check': the migrate script logs PostgreSQL's refusal and exits 0 (the check runs only because it did); the check subtracts a stray discount, prints 'totals: 41.98 != 42.00' and exits 1. infrastructure/high at a7ac1aa and before it."
record $K npm-posttest-check-script-after-passing-jest npm javascript code ambiguous node-attack10-lifecycle/posttest 'npm test' \
  "Every jest test passes (one logs PostgreSQL's refusal and falls back to default prices); the posttest check (run only because the tests exited 0) subtracts a stray discount, prints 'totals: 41.98 != 42.00' and exits 1. infrastructure/high at a7ac1aa and before it."
