# Attack 33a (main at 6e6007d), the JVM. network.refused reads `java.net.ConnectException: Connection refused`
# anywhere in a line, so a project's own exception whose message is a client's error TEXT (data, not an event)
# is an outage. Here an error sorter (ErrorKind.of) is tested with a parameterized JUnit 5 test whose cases are
# logged client messages, display name `{0}`: the sorter's one-line defect (a lower-cased text searched for a
# mixed-case class name) makes it throw its own ErrorKind$UnknownError(text) for the refusal text, so JUnit's
# Console Launcher prints `=> com.acme.ErrorKind$UnknownError: java.net.ConnectException: Connection refused`
# under a unit named `...sortsClientErrors(String, ErrorKind):java.net.ConnectException: Connection refused`.
# Beside it a real PgJDBC health check refused on localhost:5432 (unshare --net, lo up, nothing listening).
# Debian's junit5 1.9.1 console standalone, PgJDBC 42.5. Sourced by generate.sh.
K=refusal-quoted-as-data
P33A=junit-console-attack33a-error-kind-case
A33A_WHY="ErrorKind.of lower-cases the logged text and then looks for 'java.net.ConnectException' (mixed case, never found; the PR replaced 'connection refused' with the class name), so the refusal text falls through to the sorter's own 'throw new UnknownError(error)'; the parameterized test (name '{0}') prints that as '=> com.acme.ErrorKind\$UnknownError: java.net.ConnectException: Connection refused', the input string as its message. No connection is made by that test. network.refused (unanchored: the JDK's words anywhere in the line, here inside another exception's message) calls the unit a refusal, and the other test's real PgJDBC refusal on localhost:5432 makes every unit infrastructure: infrastructure/high [postgresql +unnamed] at 6e6007d."
record $K junit-console-tree-error-kind-own-exception-quotes-refusal-text junit-console java code high $P33A \
  'unshare --net sh -c "ip link set lo up; sh run.sh tree"' \
  "$A33A_WHY --details=tree."
record $K junit-console-summary-error-kind-own-exception-quotes-refusal-text junit-console java code high $P33A \
  'unshare --net sh -c "ip link set lo up; sh run.sh summary"' \
  "$A33A_WHY --details=summary (no tree, the Failures list and the box)."
record $K junit-console-none-error-kind-own-exception-quotes-refusal-text junit-console java code high $P33A \
  'unshare --net sh -c "ip link set lo up; sh run.sh none"' \
  "$A33A_WHY --details=none."
record $K junit-console-flat-error-kind-own-exception-quotes-refusal-text junit-console java code high $P33A \
  'unshare --net sh -c "ip link set lo up; sh run.sh flat"' \
  "Control: $A33A_WHY --details=flat: no unit is read, infrastructure/ambiguous (counted failures not all shown to be refusals)."
record $K junit-console-tree-error-kind-own-exception-quotes-refusal-text-postgres-up junit-console java code high $P33A \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh run.sh tree"' \
  "The first case with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's '127.0.0.1:5432 - accepting connections' is the log's first line): the health check passes and the log holds no refusal at all, only the sorter's own exception quoting its input; still infrastructure/high [unnamed] at 6e6007d (network.refused on '=> com.acme.ErrorKind\$UnknownError: java.net.ConnectException: Connection refused')."

# Attack 33a (2): database.pool-timeout reads HikariCP's `Connection is not available, request timed out after Nms.`
# as a database that never answered, surely, unless the message counts connections handed out (159e6aa: HikariCP 5's
# `(total=.., active=N, ...)`). HikariCP before those counts (Debian's 2.7.9 here) words a LEAK the same way: the
# pool's connections all handed out and never returned, no cause under it. OrderRepository.countFor puts only the
# statement in its try-with-resources, so each call leaks its connection; with maximumPoolSize 2 the third call
# times out after 500 ms, with PostgreSQL UP (ci/with-postgres.sh). Beside it a cache health test's plain socket
# refused on localhost:6379 (nothing listening; unshare --net, lo up). JUnit 5 Console Launcher, PgJDBC 42.5,
# slf4j-simple. Sourced by generate.sh.
K2=pool-leak
P33A2=junit-console-attack33a-hikari-leak
A33A2_WHY="OrderRepository.countFor opens its statement with ds.getConnection().prepareStatement(...) inside the try-with-resources, so only the statement is closed and every call leaks its pooled connection (the PR moved getConnection() into the resource line); with maximumPoolSize 2 the test's third call waits 500 ms and HikariCP 2.7.9 throws 'SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 500ms.' with PostgreSQL 15 UP on 127.0.0.1:5432 (pg_isready's line is the log's first) and no cause under it. database.pool-timeout takes those words as a database that never answered, surely (159e6aa only spares HikariCP 5's message that counts active connections), and CacheHealthTest's plain socket is really refused on localhost:6379: infrastructure/high [unnamed] at 6e6007d for a connection leak."
record $K2 junit-console-tree-hikari-2-leak-pool-timeout-postgres-up-beside-refused-cache junit-console java code high $P33A2 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh run.sh tree"' \
  "$A33A2_WHY --details=tree."
record $K2 junit-console-summary-hikari-2-leak-pool-timeout-postgres-up-beside-refused-cache junit-console java code high $P33A2 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh run.sh summary"' \
  "$A33A2_WHY --details=summary."
record $K2 junit-console-tree-hikari-2-leak-pool-timeout-postgres-and-redis-up junit-console java code high $P33A2 \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh ci/with-redis.sh sh run.sh tree"' \
  "The first case with Redis UP too (ci/with-redis.sh; redis-cli's PONG is the log's second line): the cache test passes, nothing is refused anywhere, and the leak's pool timeout alone is infrastructure/high [unnamed] at 6e6007d."

# The same ErrorKind sources under Maven Surefire 3.2.5 (offline, plugins from ~/.m2): Surefire prints the unit
# `com.acme.ErrorKindTest.sortsClientErrors(String, ErrorKind)[1] ... <<< ERROR!` over
# `com.acme.ErrorKind$UnknownError: java.net.ConnectException: Connection refused`, and its summary's
# `ErrorKindTest.sortsClientErrors:16 » Unknown java.net.ConnectException: Connection refused`.
record $K surefire-error-kind-own-exception-quotes-refusal-text surefire java code high $P33A \
  'unshare --net sh -c "ip link set lo up; mvn -o -B test"' \
  "$A33A_WHY Maven Surefire 3.2.5 (surefire dialect): infrastructure/high [postgresql +unnamed]."
