# Attack 34b (main at b82d04c), the JVM. b82d04c made `java.net.ConnectException: Connection refused` as the message
# of another exception only possible (network.refused.java-quoted) unless that exception's class lies in a package of
# JAVA_WRAPPER_PACKAGES (src/classify/rules/connection.ts): the JDK's own (java., javax., jdk., ...), the clients',
# and frameworks' (org.apache. whole, org.springframework., io.netty., ...). The package of the THROWN class is no
# evidence that a socket was refused: (1) a project's sorter that rethrows the text it could not sort as the JDK's own
# java.lang.IllegalStateException (the commonest way to fail loudly) is read as surely refused again; (2) the very
# project of attack 33a under org.apache.alerts (any Apache project's own classes) is too. The same one-line defect
# as 33a (a lower-cased text searched for the mixed-case class name). Beside it a real PgJDBC health check refused on
# localhost:5432 (unshare --net, lo up, nothing listening). Debian's junit5 1.9.1 console standalone, PgJDBC 42.5.
# Sourced by generate.sh.
K=refusal-quoted-as-data
P34BJ=junit-console-attack34b-jdk-exception-quotes-refusal
A34BJ_WHY="ErrorKind.of lower-cases the logged text and then looks for 'java.net.ConnectException' (mixed case, never found; the PR replaced 'connection refused' with the class name), so the refusal text falls through to the sorter's 'throw new IllegalStateException(error)'; the parameterized test (name '{0}') prints that as '=> java.lang.IllegalStateException: java.net.ConnectException: Connection refused', the input string as its message. No connection is made by that test. b82d04c's network.refused.java-quoted (only possible) spares every class under JAVA_WRAPPER_PACKAGES, the JDK's 'java.' among them, so the sure network.refused reads the JDK's own IllegalStateException quoting its input as a refusal, and the other test's real PgJDBC refusal on localhost:5432 makes every unit infrastructure: infrastructure/high [postgresql +unnamed] at b82d04c."
record $K junit-console-tree-jdk-exception-quotes-refusal-text junit-console java code high $P34BJ \
  'unshare --net sh -c "ip link set lo up; sh run.sh tree"' \
  "$A34BJ_WHY --details=tree."
record $K junit-console-summary-jdk-exception-quotes-refusal-text junit-console java code high $P34BJ \
  'unshare --net sh -c "ip link set lo up; sh run.sh summary"' \
  "$A34BJ_WHY --details=summary (no tree, the Failures list and the box)."
record $K junit-console-none-jdk-exception-quotes-refusal-text junit-console java code high $P34BJ \
  'unshare --net sh -c "ip link set lo up; sh run.sh none"' \
  "$A34BJ_WHY --details=none."
record $K junit-console-tree-jdk-exception-quotes-refusal-text-postgres-up junit-console java code high $P34BJ \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh run.sh tree"' \
  "The first case with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's line is the log's first): the health check passes and the log holds no refusal at all, only the sorter's IllegalStateException quoting its input; network.refused on '=> java.lang.IllegalStateException: java.net.ConnectException: Connection refused' (JDK class, spared by b82d04c's java-quoted) at b82d04c."

P34BA=junit-console-attack34b-apache-package-quotes-refusal
A34BA_WHY="Attack 33a's project unchanged but for its package, org.apache.alerts (an Apache project's own code): ErrorKind.of lower-cases the logged text and then looks for 'java.net.ConnectException' (mixed case, never found), so the refusal text falls through to the sorter's own 'throw new UnknownError(error)', printed as '=> org.apache.alerts.ErrorKind\$UnknownError: java.net.ConnectException: Connection refused'. No connection is made by that test. b82d04c lists 'org.apache' whole in JAVA_WRAPPER_PACKAGES (for Apache's clients and frameworks), so network.refused.java-quoted spares the project's own class and the sure network.refused reads it as a refusal; the other test's real PgJDBC refusal on localhost:5432 makes every unit infrastructure: infrastructure/high [postgresql +unnamed] at b82d04c."
record $K junit-console-tree-apache-package-own-exception-quotes-refusal-text junit-console java code high $P34BA \
  'unshare --net sh -c "ip link set lo up; sh run.sh tree"' \
  "$A34BA_WHY --details=tree."
record $K junit-console-summary-apache-package-own-exception-quotes-refusal-text junit-console java code high $P34BA \
  'unshare --net sh -c "ip link set lo up; sh run.sh summary"' \
  "$A34BA_WHY --details=summary."
record $K junit-console-tree-apache-package-own-exception-quotes-refusal-text-postgres-up junit-console java code high $P34BA \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh run.sh tree"' \
  "The apache-package case with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): no refusal in the log at all, only org.apache.alerts.ErrorKind\$UnknownError quoting its input; network.refused at b82d04c."

# Attack 34b (3): network.refused.java-quoted reads the JDK's words only RIGHT AFTER the other exception's class
# (`X: java.net.ConnectException: Connection refused`); a project's own exception whose message puts any words before
# the quoted text (`no kind for: ` + text) is still the sure network.refused. Attack 33a's project, its sorter's
# throw now `throw new UnknownError("no kind for: " + error)`.
P34BP=junit-console-attack34b-own-exception-prefixed-refusal
A34BP_WHY="ErrorKind.of lower-cases the logged text and then looks for 'java.net.ConnectException' (mixed case, never found; the PR replaced 'connection refused' with the class name), so the refusal text falls through to the sorter's own 'throw new UnknownError(\"no kind for: \" + error)', printed as '=> com.acme.ErrorKind\$UnknownError: no kind for: java.net.ConnectException: Connection refused'. No connection is made by that test. b82d04c's network.refused.java-quoted only matches the JDK's words right after the exception's class, so with a prefix in the message the sure network.refused reads the project's own exception as a refusal; the other test's real PgJDBC refusal on localhost:5432 makes every unit infrastructure: infrastructure/high [postgresql +unnamed] at b82d04c."
record $K junit-console-tree-own-exception-prefixed-refusal-text junit-console java code high $P34BP \
  'unshare --net sh -c "ip link set lo up; sh run.sh tree"' \
  "$A34BP_WHY --details=tree."
record $K junit-console-summary-own-exception-prefixed-refusal-text junit-console java code high $P34BP \
  'unshare --net sh -c "ip link set lo up; sh run.sh summary"' \
  "$A34BP_WHY --details=summary."
record $K junit-console-tree-own-exception-prefixed-refusal-text-postgres-up junit-console java code high $P34BP \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh sh run.sh tree"' \
  "The prefixed-message case with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh): no refusal in the log at all, only com.acme.ErrorKind\$UnknownError quoting its input after 'no kind for: '; network.refused at b82d04c."
