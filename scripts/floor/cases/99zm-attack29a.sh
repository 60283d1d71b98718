# Attack 29a (review of 85babf1..f31b441).
# f921b6f (module.java.jdbc-driver) reads HikariCP's `Failed to get driver instance for jdbcUrl=jdbc:<protocol>://`
# as no JDBC driver for the service installed. HikariCP (DriverDataSource, no driverClassName) says so whenever
# DriverManager.getDriver(url) finds no driver that accepts the URL, and PgJDBC's acceptsURL refuses a URL it
# cannot parse: a port built as `null` gives the same words with PgJDBC on the classpath. Debian's HikariCP 2.7.9,
# PgJDBC 42.5, slf4j-simple, JUnit 4 (JUnitCore). Sourced by generate.sh.
A29A_CP=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:/usr/share/java/postgresql.jar:/usr/share/java/HikariCP.jar:/usr/share/java/slf4j-api.jar:/usr/share/java/slf4j-simple.jar
A29A_JAVA="javac -d out -cp $A29A_CP com/example/orders/*.java && unshare --net sh -c \"ip link set lo up; java -cp out:$A29A_CP org.junit.runner.JUnitCore com.example.orders.OrderStoreTest\""

record client-named-code junitcore-hikari-jdbc-url-port-null-driver-installed junitcore java code high java-attack29a-hikari-port-null \
  "$A29A_JAVA" \
  "Settings.port() reads Integer.getInteger(\"db.port\") with its default (5432) dropped, so the pool's URL is jdbc:postgresql://localhost:null/orders; PgJDBC (on the classpath: the other test's PSQLException 'Connection to localhost:5432 refused' comes from org.postgresql.Driver, and PgJDBC itself logs 'JDBC URL invalid port number: null') refuses the URL, DriverManager.getDriver says 'No suitable driver' and HikariCP's DriverDataSource wraps it as 'Failed to get driver instance for jdbcUrl=jdbc:postgresql://localhost:null/orders'. f921b6f's second pattern of module.java.jdbc-driver reads that as the PostgreSQL driver missing: infrastructure/high [postgresql] (85babf1: infrastructure/ambiguous, the unit unexplained). The test fails the same with PostgreSQL up (next case)."
record client-named-code junitcore-hikari-jdbc-url-port-null-driver-installed-postgres-up junitcore java code high java-attack29a-hikari-port-null \
  "$(printf '%s' "$A29A_JAVA" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh #')" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's '127.0.0.1:5432 - accepting connections' is the log's first line): the health check passes, the pool's URL with port null still fails as 'Failed to get driver instance for jdbcUrl=jdbc:postgresql://localhost:null/orders' with PgJDBC installed. infrastructure/high [postgresql] with PostgreSQL running and its driver on the classpath (f921b6f)."

# redis.ruby.cannot-connect reads any `Redis::CannotConnectError` as Redis missing, whatever endpoint its message
# names (0a9ab05's redis.ruby.connect-endpoint reads the endpoint only when it is a well-formed host:port, and
# 78672f9's otherServiceHost only demotes another service's host name). A URL passed as the host (`host: URL`
# where redis-rb wants `url: URL`) makes redis-rb dial `redis://localhost:6379/1:6379`, which never resolves.
# Debian's ruby-redis 4.8, minitest.
A29A_RB='unshare --net sh -c "ip link set lo up; ruby -Ilib test/totals_cache_test.rb --seed 1"'
record client-named-code minitest-redis-rb-url-passed-as-host minitest ruby code high rb-attack29a-redis-url-as-host \
  "$A29A_RB" \
  "TotalsCache.new passes its URL as the host (Redis.new(host: URL), where redis-rb wants url: URL): redis-rb dials the host 'redis://localhost:6379/1' on its default port, 'Redis::CannotConnectError: Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)'; the other test's correct client is refused on localhost:6379. redis.ruby.cannot-connect takes any CannotConnectError surely, whatever endpoint it names (0a9ab05's endpoint reading does not match a malformed endpoint, 78672f9's otherServiceHost only looks for another service's host name): infrastructure/high [redis]. The test fails the same with Redis up (next case)."
record client-named-code minitest-redis-rb-url-passed-as-host-redis-up minitest ruby code high rb-attack29a-redis-url-as-host \
  "$(printf '%s' "$A29A_RB" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes, the URL-as-host client still fails with 'Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)'. infrastructure/high [redis] with Redis running."

# Control: the same URL through DriverManager.getConnection (no pool): PgJDBC's own connect() throws
# 'Unable to parse URL jdbc:postgresql://localhost:null/orders', which no rule reads as an outage.
record client-named-code junitcore-pgjdbc-url-port-null-unable-to-parse junitcore java code high java-attack29a-hikari-port-null \
  "$(printf '%s' "$A29A_JAVA" | sed 's#OrderStoreTest#OrderReportTest#')" \
  "Control for junitcore-hikari-jdbc-url-port-null-driver-installed: the same Settings.ordersUrl() (port null) given to DriverManager.getConnection, where PgJDBC's Driver.connect says 'PSQLException: Unable to parse URL jdbc:postgresql://localhost:null/orders' beside the other test's refusal on localhost:5432: infrastructure/ambiguous at f31b441 (the unit unexplained). Only HikariCP's route (DriverManager.getDriver, acceptsURL) turns the same defect into 'No suitable driver'."

# 78672f9's cross-dial reading (otherServiceHost, interpretEndpoint) knows another service's host only by
# serviceForHost, which takes a name's first label with a trailing number stripped: a compose name such as
# `postgres-db` is no service's, so redis-rb dialling `postgres-db:6379` stays Redis missing, surely.
A29A_RB2='unshare --net sh -c "ip link set lo up; ruby -Ilib test/totals_cache_test.rb --seed 1"'
record client-named-code minitest-redis-rb-dials-compound-postgres-host minitest ruby infrastructure ambiguous rb-attack29a-redis-compound-pg-host \
  "$A29A_RB2" \
  "Settings::CACHE's host was copied from the database's line and reads ENV.fetch('PGHOST', 'postgres-db') (the compose names are postgres-db and redis-cache): redis-rb 4.8 raises 'Redis::CannotConnectError: Error connecting to Redis on postgres-db:6379 (SocketError)' beside the other test's refusal on 127.0.0.1:6379. 78672f9 demotes redis-rb at 'postgres:6379' (floor case minitest-redis-rb-dials-postgres-host-cannot-connect), but serviceForHost reads 'postgres-db' as no service's host, so neither otherServiceHost nor interpretEndpoint sees a cross-dial: infrastructure/high [redis]. Fails the same with Redis up (next case)."
record client-named-code minitest-redis-rb-dials-compound-postgres-host-redis-up minitest ruby infrastructure ambiguous rb-attack29a-redis-compound-pg-host \
  "$(printf '%s' "$A29A_RB2" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes, the copied host still fails as 'Error connecting to Redis on postgres-db:6379 (SocketError)'. infrastructure/high [redis] with Redis running."
