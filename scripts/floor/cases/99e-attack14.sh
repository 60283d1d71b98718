# A fourteenth attacker's review (5ec18d9, branch `teardown`: JUnit 4's text runner JUnitCore as a
# dialect whose failures of one name are one scope's setup and teardown; a client's own operation
# timeout as the outage once the run showed that service refused; spymemcached's `active: false`
# and libmemcached's CONNECTION FAILURE / HOSTNAME LOOKUP FAILURE). Each log is broken code that
# fails with its service up too. Nothing listens on 5432; where a recipe needs memcached up it
# starts one on 11411 (the CI service's port here, MEMCACHED_PORT/MEMCACHED_URL), stops it by its
# pid, and keeps the command's exit status. Needs memcached, libspymemcached-java, junit4,
# libpostgresql-jdbc-java, php-cli, php-memcached, phpunit. Sourced by generate.sh.

JCP14=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
# Starts memcached on 11411 for COMMAND, stops it after, exits with COMMAND's status.
MC14='mc_user=; [ "$(id -u)" = 0 ] && mc_user="-u nobody"; memcached $mc_user -l 127.0.0.1 -p 11411 -U 0 & mc=$!; sleep 0.5;'
MC14_END='rc=$?; kill $mc; wait $mc 2>/dev/null; exit $rc'

K=timed-out-test
record $K junitcore-spymemcached-nanosecond-budget-beside-dead-node-fallback junitcore java code high java-attack14/timeout \
  "$MC14 rm -rf out && javac -d out -cp $JCP14:/usr/share/java/spymemcached.jar com/acme/catalog/*.java && MEMCACHED_PORT=11411 java -Dnet.spy.log.LoggerImpl=net.spy.memcached.compat.log.SunLogger -Djava.util.logging.config.file=logging.properties -cp out:$JCP14:/usr/share/java/spymemcached.jar org.junit.runner.JUnitCore com.acme.catalog.CatalogCacheFallbackTest com.acme.catalog.PriceCacheTest; $MC14_END" \
  "memcached is up on 11411 and two of PriceCacheTest's tests pass against it; PriceCache.get waits its 250 ms budget as TimeUnit.NANOSECONDS, so readsBackAStoredPrice fails with CheckedOperationTimeoutException: Timed out waiting for operation - failing node: /127.0.0.1:11411. Earlier, the passing CatalogCacheFallbackTest pointed a client at a dead node (11299) on purpose and logged its fallback ('Connection Status { /127.0.0.1:11299 active: false'): read as memcached refused before, so the timeout is the outage. infrastructure/high on 5ec18d9 (timesOutOn)."

K=same-name
record $K junitcore-error-collector-npe-beside-refused-check junitcore java code high java-attack14/phases \
  "rm -rf out && javac -d out -cp $JCP14:/usr/share/java/postgresql.jar com/acme/billing/*.java && java -cp out:$JCP14:/usr/share/java/postgresql.jar org.junit.runner.JUnitCore com.acme.billing.InvoiceSummaryTest" \
  "One test body with JUnit 4's ErrorCollector: one checkSucceeds is refused by PostgreSQL, the other fails on ClientDirectory.find (add lower-cases ids, find does not): NullPointerException: Cannot invoke \"com.acme.billing.Client.displayName()\" because the return value of \"...ClientDirectory.find(String)\" is null, with PostgreSQL up too. JUnitCore prints both as '1) summaryParts(...)' and '2) summaryParts(...)': read as one scope's setup and teardown, the NPE (the word Client) as the refused setup's handle. infrastructure/high on 5ec18d9 (namesPhasesAlike)."
record $K junitcore-after-signout-of-shadowed-session-field junitcore java code high java-attack14/phases \
  "rm -rf out && javac -d out -cp $JCP14:/usr/share/java/postgresql.jar com/acme/billing/*.java && java -cp out:$JCP14:/usr/share/java/postgresql.jar org.junit.runner.JUnitCore com.acme.billing.InvoiceEditTest" \
  "@Before signs a clerk in into a local that shadows the session field, then its JDBC connect is refused; @After's session.signOut() throws Cannot invoke \"com.acme.billing.BillingSession.signOut()\" because \"this.session\" is null with PostgreSQL up too (the test body fails on the same null). The project's own BillingSession, not a closing call, is read as the refused setup's handle (the word session). infrastructure/high on 5ec18d9 (namesPhasesAlike)."
record $K junitcore-parameterized-npe-after-refused-test junitcore java code ambiguous java-attack14/phases \
  "rm -rf out && javac -d out -cp $JCP14:/usr/share/java/postgresql.jar com/acme/billing/*.java && java -cp out:$JCP14:/usr/share/java/postgresql.jar org.junit.runner.JUnitCore com.acme.billing.InvoiceTotalsTest com.acme.billing.ClientLabelTest" \
  "Control: a Parameterized test's '2) label[1](com.acme.billing.ClientLabelTest)' is no JUnitCore unit name (brackets), so its NPE (the same find() defect) falls under the refused test above it; the runner's count (Failures: 2, one unit) keeps it ambiguous."

K=client-named-code
record $K phpunit-memcached-url-split-at-scheme-hostname-lookup phpunit php code high php-attack14 \
  "$MC14 MEMCACHED_URL=memcached://127.0.0.1:11411 phpunit RateLimiterTest.php; $MC14_END" \
  "memcached is up at MEMCACHED_URL=memcached://127.0.0.1:11411; CacheFactory splits the URL at its first ':' (written for 'host:port'), so it adds host 'memcached', port 0 (libmemcached's 11211): RuntimeException: Memcached memcached:11211: getaddrinfo() or getnameinfo() HOSTNAME LOOKUP FAILURE, the project's own message around libmemcached's. Nothing in the log tells it from a job without a 'memcached' host. infrastructure/high on 5ec18d9 (memcached.libmemcached)."
