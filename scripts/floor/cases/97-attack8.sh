# An eighth attacker's review (5cbf83d..5715c1f: gotestsum, Collision and Playwright Test as
# dialects; PHP's engine errors). Each log is broken code; nothing listens on 5432 or 6379, and
# every refusal is a real connect() refused by the kernel. Sourced by generate.sh.

# Playwright's progress line `✘  1 file:4:3 › name` was read as the start of logging that lasted
# until the numbered failures, over the passing tests' `✓` lines: a global teardown's error printed
# there was dropped.
K=ignored-section
record $K playwright-global-teardown-typeerror-after-progress-lines playwright javascript code high node-attack8-playwright 'CI=1 playwright test' \
  "The exporter records its export under the wrong key, so the global teardown reads exporter.lastExport.count of undefined: a TypeError printed after the progress lines ('✘  1 ... › loads orders from the database', '✓  2 ... › exports two orders') and counted in '1 error was not a part of any test'; the only failing test is refused by PostgreSQL. infrastructure/high at 5715c1f, where everything after the '✘' line up to the numbered failures was logging."

# A SQL handle (a query method) on null after a refusal of a cache: not the handle that outage left null.
K=other-service-handle
record $K php-script-query-on-null-after-redis-fallback php php code high php-attack8 'php bin/nightly-report.php' \
  "Report's constructor stores the SQLite ledger handle under a misspelled property, so totals() calls query() on null; the redis cache was refused just before and the code went on without it, logging 'RedisException: Connection refused'. infrastructure/high at 5715c1f, where PHP's 'Call to a member function query() on null' after any refusal was read as that outage's consequence (before 5213479 no rule knew the line and it was unexplained)."
