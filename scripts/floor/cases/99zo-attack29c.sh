# Attack 29c (review of 85babf1..2f65a9c, mostly 16afd77). Sourced by generate.sh.
# 1. 16afd77 reads `localhost` unresolved as the client's own service, high, for ANY client rule with interpret 'dns'.
#    mysql.cant-connect.lookup counts every `Errno -N` as a lookup, but -8 (EAI_SERVICE, "Servname not supported for
#    ai_socktype") is getaddrinfo refusing the PORT: PyMySQL given port -1 (a settings helper's "unset" sentinel).
# 2. 16afd77's ROLE_HOST (a service's word and a role, then any dotted labels) promotes `redis-master.6379` (the URL
#    with '.' typed for ':'), which 16afd77's own serviceForHost fix says names no service (a host ending in a number).
# 3. redis-py's `Error -6 connecting to localhost:6379. ai_family not supported.` (EAI_FAMILY: socket_type given
#    SOCK_STREAM, which is AF_UNIX) is still read by redis.py.connecting as the endpoint refusing (16afd77 took out
#    only -2/-3/-5). Older than this session, as are 4 and 5.
# 4. redis-py given its URL as the host: `Error -2 connecting to redis://localhost:6379/0:6379.`; the generic
#    network.dns.service-host (`Error -[23] connecting to HOST:`) reads the scheme `redis` as Redis's host name.
# 5. DriverManager's `No suitable driver found for jdbc:POSTGRESQL://...` (an enum's name() as the protocol, PgJDBC on
#    the classpath): serviceForJdbc lower-cases the protocol, but PgJDBC accepts only `jdbc:postgresql:`.
# Debian's python3-pymysql 1.0.2, python3-redis 4.3.4, pytest 7.2; PgJDBC 42.5 and JUnit 4; MariaDB, redis-server.
A29C_PY='unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider"'
A29C_PY_HOSTS='unshare --net --mount sh -c "ci/job.sh /usr/bin/python3 -m pytest -p no:cacheprovider"'

record client-named-code pytest-pymysql-port-minus-one-servname-not-supported-localhost pytest python code high py-attack29c-pymysql-port-sentinel \
  "$A29C_PY" \
  "config.DATABASE's port is env_int(\"MYSQL_PORT\") with no default, so an unset variable gives the helper's 'no value' sentinel -1 (should be env_int(\"MYSQL_PORT\", 3306)); PyMySQL 1.0.2 passes it to socket.create_connection and getaddrinfo refuses the service: OperationalError (2003, \"Can't connect to MySQL server on 'localhost' ([Errno -8] Servname not supported for ai_socktype)\"), beside the health test's refusal on 127.0.0.1:3306. mysql.cant-connect.lookup takes any 'Errno -N' for a failed lookup (interpret 'dns'), and 16afd77's new clause in interpret.ts reads 'localhost' unresolved as the runner having lost its loopback name: infrastructure/high [mysql] (38f441e: infrastructure/ambiguous). The test fails the same with MySQL up (next case)."
record client-named-code pytest-pymysql-port-minus-one-servname-not-supported-localhost-mysql-up pytest python code high py-attack29c-pymysql-port-sentinel \
  "$(printf '%s' "$A29C_PY" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-mysql.sh #')" \
  "The previous case run with MySQL (MariaDB 10.11, grants skipped) UP on 127.0.0.1:3306 (ci/with-mysql.sh; mariadb-admin's 'mysqld is alive' is the log's first line): the health test passes, the port -1 still fails as 'Errno -8 Servname not supported for ai_socktype' on 'localhost', the run's only failure. infrastructure/high [mysql] with MySQL running (16afd77); MYSQL_PORT=3306 makes both tests pass."

record client-named-code pytest-redis-py-role-host-url-dot-for-colon-redis-master-6379 pytest python code high py-attack29c-redis-role-host-dot-port \
  "$A29C_PY_HOSTS" \
  "settings.REDIS_URL is f\"redis://{REDIS_HOST}.{REDIS_PORT}/0\" ('.' typed for ':'), so redis-py dials the host 'redis-master.6379' (port the default): 'Error -3 connecting to redis-master.6379:6379. Temporary failure in name resolution.', beside the health test's refusal on redis-master:6379 (the service container's name, 127.0.0.1 through ci/hosts). 16afd77's redis.py.lookup hands the host to interpretDns; 16afd77's serviceForHost fix says a name ending in a number names no service (ambiguous), but 16afd77's ROLE_HOST (word-role then any '.label', digits allowed) matches 'redis-master.6379' and promotes it as Redis's own host: infrastructure/high [redis] (38f441e: infrastructure/ambiguous). The test fails the same with Redis up (next case)."
record client-named-code pytest-redis-py-role-host-url-dot-for-colon-redis-master-6379-redis-up pytest python code high py-attack29c-redis-role-host-dot-port \
  "$(printf '%s' "$A29C_PY_HOSTS" | sed 's#ci/job.sh #ci/job.sh ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379, which redis-master resolves to (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes, the rate limiter still dials 'redis-master.6379:6379' (Error -3), the run's only failure. infrastructure/high [redis] with Redis running (16afd77)."

record client-named-code pytest-redis-py-socket-type-sock-stream-ai-family-not-supported pytest python code high py-attack29c-redis-socket-type \
  "$A29C_PY" \
  "cache.POOL is redis.ConnectionPool(..., socket_type=socket.SOCK_STREAM): redis-py's socket_type is the address FAMILY it passes to getaddrinfo, and SOCK_STREAM is 1 (AF_UNIX), so every connect fails with 'Error -6 connecting to localhost:6379. ai_family not supported.' (EAI_FAMILY), beside the health test's refusal on localhost:6379. redis.py.connecting reads any errno but -2/-3/-5 (16afd77 excluded only those getaddrinfo errors) as the endpoint localhost:6379 refusing: infrastructure/high [redis]; older than this session (38f441e the same). The test fails the same with Redis up (next case)."
record client-named-code pytest-redis-py-socket-type-sock-stream-ai-family-not-supported-redis-up pytest python code high py-attack29c-redis-socket-type \
  "$(printf '%s' "$A29C_PY" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes, the pool's SOCK_STREAM family still fails as 'Error -6 ... ai_family not supported.', the run's only failure. infrastructure/high [redis] with Redis running."

record client-named-code pytest-redis-py-url-passed-as-host pytest python code high py-attack29c-redis-url-as-host \
  "$A29C_PY" \
  "SessionStore builds redis.Redis(host=settings.REDIS_URL) (should be redis.Redis.from_url): redis-py dials the host 'redis://localhost:6379/0' and getaddrinfo fails: 'Error -2 connecting to redis://localhost:6379/0:6379. Name or service not known.', beside the health test's refusal on localhost:6379. 16afd77's redis.py.lookup does not match (no ':port.' after a plain host), but the generic network.dns.service-host pattern 'Error -[23] connecting to (?<host>[\\w.-]+):' takes the scheme 'redis' as the host, Redis's service host, and the socket.gaierror above is read with it (service named by a nearby line): infrastructure/high [redis]; older than this session (38f441e the same; attack 29a closed the redis-rb form only). The test fails the same with Redis up (next case)."
record client-named-code pytest-redis-py-url-passed-as-host-redis-up pytest python code high py-attack29c-redis-url-as-host \
  "$(printf '%s' "$A29C_PY" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes through from_url, the URL given as the host still fails as 'Error -2 connecting to redis://localhost:6379/0:6379', the run's only failure. infrastructure/high [redis] with Redis running."

A29C_CP=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:/usr/share/java/postgresql.jar
A29C_JAVA="javac -d out -cp $A29C_CP com/example/orders/*.java && unshare --net sh -c \"ip link set lo up; java -cp out:$A29C_CP org.junit.runner.JUnitCore com.example.orders.OrderReportTest\""
record client-named-code junitcore-pgjdbc-url-protocol-upper-case-enum-name junitcore java code high java-attack29c-pgjdbc-enum-name-protocol \
  "$A29C_JAVA" \
  "Settings.reportsUrl() builds \"jdbc:\" + vendor().name() + \"://...\" from the enum Vendor.POSTGRESQL (toLowerCase() forgotten): PgJDBC is on the classpath (the health test's 'PSQLException: Connection to localhost:5432 refused' is its own) but its Driver.connect takes only URLs starting 'jdbc:postgresql:' (case-sensitive), so DriverManager says 'java.sql.SQLException: No suitable driver found for jdbc:POSTGRESQL://localhost:5432/postgres'. module.java.jdbc-driver (16afd77 now needs the ':' after the protocol, present here) and serviceForJdbc, which lower-cases the protocol, read the PostgreSQL driver missing: infrastructure/high [postgresql]; older than this session. Fails the same with PostgreSQL up (next case)."
record client-named-code junitcore-pgjdbc-url-protocol-upper-case-enum-name-postgres-up junitcore java code high java-attack29c-pgjdbc-enum-name-protocol \
  "$(printf '%s' "$A29C_JAVA" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh #')" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's line is the log's first): the health test passes through PgJDBC, the upper-case protocol still fails as 'No suitable driver found for jdbc:POSTGRESQL://localhost:5432/postgres', the run's only failure. infrastructure/high [postgresql] with PostgreSQL running and its driver loaded."
