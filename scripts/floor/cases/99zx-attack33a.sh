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
