# An eleventh attacker's review (fc866e8: nx's tasks as sections). nx runs the tasks of
# scripts/floor/projects/node-attack11-nx at once (`--parallel=2`): @shop/web's check script
# subtracts a stray discount and prints a check line no rule knows, while @shop/api's vitest
# tests are refused by PostgreSQL (nothing listens on 5432). Sourced by generate.sh.
K=unknown-failure-text
record $K nx-stream-check-script-beside-pg-refused nx javascript code ambiguous node-attack11-nx 'NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t test --output-style=stream --parallel=2' \
  "nx's stream output prefixes each line with its project ('@shop/web: totals: 41.99 != 42.00'), a prefix no task runner's pattern knew: every line went to the section the last '> nx run' header opened, where the refusal hid the check script's failure. infrastructure/high at fc866e8 and before it."
record $K nx-stream-without-prefixes-check-script-beside-pg-refused nx javascript code ambiguous node-attack11-nx 'NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t test --output-style=stream-without-prefixes --parallel=2' \
  "Both tasks' lines interleaved with no prefix after their two '> nx run' headers: the last header's section held the check line, npm's failure lines and vitest's refused tests together, judged infrastructure/high at fc866e8 and before it. No line can be told to be one task's."
record $K nx-stream-two-targets-check-beside-pg-refused nx javascript code ambiguous node-attack11-nx 'NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t test verify --output-style=stream --parallel=4' \
  "Two targets per project at once: nx's prefix names only the project, so @shop/web's test and verify (both the failing check) and @shop/api's test and verify (both refused) share their prefixes; infrastructure/high at fc866e8 and before it."
