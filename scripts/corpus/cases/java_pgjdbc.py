# pgjdbc/pgjdbc REL42.5.5 (0cad18b8ab78b67102ee2a2b728d455dca6b3905) test classes, compiled with javac 17 against
# Debian's libpostgresql-jdbc-java 42.5.5-0+deb12u1 (postgresql.jar), junit4 4.13.2, junit5 5.9.2, hamcrest 2.2,
# checker-qual 3.2.0; run by /work/s7src/pgjdbc-run.sh with Debian's junit-platform-console-standalone 1.9.1
# (jupiter + vintage) or JUnit 4's JUnitCore. Tests read ../build.properties of the checkout (server=localhost,
# port=5432, database/user/password test) plus -D overrides; the namespace's PostgreSQL 15 gets role test/test.
RUN = "/work/s7src/pgjdbc-run.sh"
PROJECT = {"root": "/work/s7src/pgjdbc/pgjdbc", "runner": "junit5", "project": "pgjdbc/pgjdbc",
           "version": "REL42.5.5 (0cad18b8ab78b67102ee2a2b728d455dca6b3905) tests against Debian's libpostgresql-jdbc-java 42.5.5-0+deb12u1; OpenJDK 17.0.15; JUnit Platform console 1.9.1 / JUnit 4.13.2; PostgreSQL 15",
           "pre": "source /work/s7src/pg-testuser.sh;",
           "setup": "Role test/test created in the namespace's PostgreSQL (pgjdbc's build.properties user)."}
C = ("code", "high", "")
P = ("infrastructure", "high", "postgresql")
ALL = "PGJDBC_CLASSES='org.postgresql.core.ParserTest org.postgresql.test.jdbc2.ConnectionTest org.postgresql.test.jdbc2.ResultSetTest org.postgresql.test.jdbc2.NotifyTest'"
SMALL = "PGJDBC_CLASSES='org.postgresql.test.jdbc2.ConnectionTest org.postgresql.test.jdbc2.NotifyTest'"
BOOL = {"file": "src/main/java/org/postgresql/jdbc/BooleanTypeUtil.java", "old": "        || \"t\".equalsIgnoreCase(val) || \"yes\".equalsIgnoreCase(val)", "new": "        || \"yes\".equalsIgnoreCase(val)"}
DELETE = {"file": "src/main/java/org/postgresql/core/Parser.java", "old": "        && (query[offset + 2] | 32) == 'l'\n        && (query[offset + 3] | 32) == 'e'\n        && (query[offset + 4] | 32) == 't'\n        && (query[offset + 5] | 32) == 'e';", "new": "        && (query[offset + 2] | 32) == 'l'\n        && (query[offset + 3] | 32) == 'e'\n        && (query[offset + 4] | 32) == 't'\n        && query[offset + 5] == 'e';"}
NSS = [("/work/s7runs/tools/nsswitch-files.conf", "/etc/nsswitch.conf")]
NC = "PGJDBC_DETAILS=tree"
CASES = [
  dict(id="java-pgjdbc/baseline", services=["pg"], cmd=f"{ALL} {RUN}", label=C, condition="baseline", why="baseline"),
  dict(id="java-pgjdbc/service-absent", cmd=f"{ALL} {RUN}", label=P, condition="service-absent",
       why="PostgreSQL not started; every database test fails opening its connection: PSQLException 'Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.' (ParserTest, which needs no server, passes)."),
  dict(id="java-pgjdbc/service-absent-junitcore", cmd=f"PGJDBC_RUNNER=junitcore {SMALL} {RUN}", label=P, condition="service-absent", runner="junit4",
       why="PostgreSQL not started; JUnitCore run of ConnectionTest and NotifyTest: every test fails in setUp/openDB with 'Connection to localhost:5432 refused'."),
  dict(id="java-pgjdbc/service-absent-flat", cmd=f"PGJDBC_DETAILS=flat {SMALL} {RUN}", label=P, condition="service-absent",
       why="PostgreSQL not started; console launcher with --details=flat: connection refused in every test."),
  dict(id="java-pgjdbc/host-not-found-postgres", services=["pg"], mounts=NSS, cmd=f"{SMALL} {RUN} -Dserver=postgres", label=P, condition="host-not-found",
       why="-Dserver=postgres (the CI service-container name) does not resolve (nsswitch hosts: files; PostgreSQL runs on 127.0.0.1): every test fails with PSQLException 'The connection attempt failed.' caused by java.net.UnknownHostException: postgres."),
  dict(id="java-pgjdbc/host-not-found-internal", services=["pg"], cmd=f"PGJDBC_RUNNER=junitcore {SMALL} {RUN} -Dserver=db.ci.internal", label=P, condition="host-not-found", runner="junit4",
       why="-Dserver=db.ci.internal; no resolver reachable from the namespace: every test fails with UnknownHostException: db.ci.internal (JUnitCore)."),
  dict(id="java-pgjdbc/client-absent-driver-jar", services=["pg"], cmd=f"PGJDBC_NODRIVER=1 {SMALL} {RUN}", label=P, condition="client-absent",
       why="The PostgreSQL JDBC driver jar (Debian's postgresql.jar) is left off the test classpath: the test classes cannot load org.postgresql classes (NoClassDefFoundError)."),
  dict(id="java-pgjdbc/defect-boolean-t", services=["pg"], defect=BOOL, cmd=f"PGJDBC_PATCH=org/postgresql/jdbc/BooleanTypeUtil.java {ALL} {RUN}", label=C, condition="service-present-defect",
       why="PostgreSQL running; BooleanTypeUtil.fromString no longer accepts 't', so getBoolean on PostgreSQL's text boolean fails with 'Cannot cast to boolean: \"t\"' in ResultSetTest: a code defect."),
  dict(id="java-pgjdbc/mixed-absent-parser-defect", defect=DELETE, cmd=f"PGJDBC_PATCH=org/postgresql/core/Parser.java {ALL} {RUN}", label=C, condition="mixed-absent-and-defect",
       why="PostgreSQL absent (connection refused in every database test) AND Parser.parseDeleteKeyword compares the last letter without case folding, so ParserTest.testDeleteCommandParsing, which needs no server, fails: code."),
]
