# Attack 29b (review of f31b441..38f441e). 38f441e promotes a lookup failure to infrastructure/high when a
# service's own client (a rule with a service and interpretDns) dialled a compound name whose parts
# (servicesNamedIn: split at '-', '_', '.') name only that client's service. A variable's NAME reads so: a host
# given as the quoted name of the variable that holds it (`"redis_host"`), or an env helper's arguments swapped
# so the fallback is the variable's name (`POSTGRES_HOST`). Neither resolves anywhere, with the service up or not.
# And d113599's redis.ruby.connect-lookup reads the host through serviceForHost, whose first label decides:
# a URL with '.' typed for ':' (`redis://redis.6379/0`) makes redis-rb dial `redis.6379`, read as Redis's host.
# Debian's ruby-redis 4.8 (minitest) and golang-github-jackc-pgx-v4-dev (pgconn v1, GOPATH mode). Sourced by generate.sh.
A29B_RB='unshare --net sh -c "ip link set lo up; ruby -Ilib test/session_store_test.rb --seed 1"'
record client-named-code minitest-redis-rb-host-is-quoted-variable-name minitest ruby code high rb-attack29b-redis-quoted-host \
  "$A29B_RB" \
  "Settings.cache reads REDIS_HOST into a local redis_host and then returns { host: \"redis_host\" } (the variable's name in quotes, not its value): redis-rb 4.8 raises 'Redis::CannotConnectError: Error connecting to Redis on redis_host:6379 (SocketError)' beside the other test's refusal on 127.0.0.1:6379. d113599's redis.ruby.connect-lookup reads the host through interpretDns (no service's host: ambiguous), and 38f441e's own-compound promotion splits 'redis_host' into redis + host, a name whose parts name only Redis, dialled by Redis's client: infrastructure/high [redis]. The test fails the same with Redis up (next case)."
record client-named-code minitest-redis-rb-host-is-quoted-variable-name-redis-up minitest ruby code high rb-attack29b-redis-quoted-host \
  "$(printf '%s' "$A29B_RB" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379 (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes, the quoted variable name still fails as 'Error connecting to Redis on redis_host:6379 (SocketError)', the run's only failure. infrastructure/high [redis] with Redis running (38f441e)."

# The CI job's network: `unshare --net --mount`, ci/job.sh bind-mounts ci/hosts (service container `redis` at
# 127.0.0.1) over /etc/hosts in the private mount namespace; nothing else resolves.
A29B_RB2='unshare --net --mount sh -c "ci/job.sh ruby -Ilib test/rate_limiter_test.rb --seed 1"'
record client-named-code minitest-redis-rb-url-dot-for-colon-host-redis-6379 minitest ruby code high rb-attack29b-redis-url-dot-port \
  "$A29B_RB2" \
  "Settings::REDIS_URL is \"redis://#{REDIS_HOST}.#{REDIS_PORT}/0\" ('.' typed for ':'), so redis-rb's URL host is 'redis.6379' (port the default): 'Redis::CannotConnectError: Error connecting to Redis on redis.6379:6379 (SocketError)', beside the health test's refusal on redis:6379 (the service container's name, resolving to 127.0.0.1). d113599's redis.ruby.connect-lookup hands 'redis.6379' to interpretDns, where serviceForHost reads a name's first label ('redis'): Redis's host, infrastructure/high [redis]. The test fails the same with Redis up (next case)."
record client-named-code minitest-redis-rb-url-dot-for-colon-host-redis-6379-redis-up minitest ruby code high rb-attack29b-redis-url-dot-port \
  "$(printf '%s' "$A29B_RB2" | sed 's#ci/job.sh #ci/job.sh ci/with-redis.sh #')" \
  "The previous case run with Redis UP on 127.0.0.1:6379, which the host name redis resolves to (ci/with-redis.sh; redis-cli's PONG is the log's first line): the health test passes, the rate limiter still dials 'redis.6379:6379' (SocketError), the run's only failure. infrastructure/high [redis] with Redis running."

# pgconn v1's `hostname resolving error` (0126cc8's postgresql.pgx.resolve) under a host that is an environment
# variable's name: envOr(key, fallback) called as envOr("localhost", "POSTGRES_HOST").
A29B_GO='G=$(mktemp -d) && mkdir -p $G/src/github.com/acme && cp -r . $G/src/github.com/acme/orders && cd $G/src/github.com/acme/orders && unshare --net sh -c "ip link set lo up; GOFLAGS= GO111MODULE=off GOPATH=$G:/usr/share/gocode go test -v ./..."'
record client-named-code go-v-pgx-env-helper-arguments-swapped-host-postgres-host go go code high go-attack29b-pgx-env-args-swapped \
  "$A29B_GO" \
  "FromEnv calls envOr(key, fallback) as envOr(\"localhost\", \"POSTGRES_HOST\"): no variable 'localhost' is set, so the host is the string POSTGRES_HOST and pgx says 'failed to connect to \`host=POSTGRES_HOST user=postgres database=postgres\`: hostname resolving error (lookup POSTGRES_HOST ...)', beside the health test's refusal on 127.0.0.1:5432. interpretDns reads POSTGRES_HOST as no service's host (ambiguous); 38f441e's own-compound promotion splits it into postgres + host, naming only PostgreSQL, dialled by PostgreSQL's client: infrastructure/high [postgresql]. The test fails the same with PostgreSQL up (next case)."
record client-named-code go-v-pgx-env-helper-arguments-swapped-host-postgres-host-postgres-up go go code high go-attack29b-pgx-env-args-swapped \
  "$(printf '%s' "$A29B_GO" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh env #')" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's '127.0.0.1:5432 - accepting connections' is the log's first line): the health test passes, the swapped helper still dials POSTGRES_HOST, the run's only failure. infrastructure/high [postgresql] with PostgreSQL running (38f441e)."

# DriverManager's `No suitable driver found for jdbc:<protocol>` (module.java.jdbc-driver, first pattern, kept high by
# d113599) reads the protocol as `\w+` after `jdbc:`, so a URL missing the ':' after its protocol
# (`jdbc:postgresql//localhost:5432/...`), which PgJDBC (on the classpath: the other test's PSQLException comes from
# it) does not accept, reads as the PostgreSQL driver missing. Debian's libpostgresql-jdbc-java 42.5, JUnit 4.
A29B_CP=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:/usr/share/java/postgresql.jar
A29B_JAVA="javac -d out -cp $A29B_CP com/example/orders/*.java && unshare --net sh -c \"ip link set lo up; java -cp out:$A29B_CP org.junit.runner.JUnitCore com.example.orders.OrderReportTest\""
record client-named-code junitcore-pgjdbc-url-missing-colon-no-suitable-driver-installed junitcore java code high java-attack29b-pgjdbc-url-missing-colon \
  "$A29B_JAVA" \
  "Settings.ordersUrl() builds \"jdbc:postgresql//host:port/postgres\" (the ':' after the protocol missing); PgJDBC is on the classpath (the health test's 'PSQLException: Connection to localhost:5432 refused' is its own) but its Driver.connect only takes URLs starting 'jdbc:postgresql:', so DriverManager says 'java.sql.SQLException: No suitable driver found for jdbc:postgresql//localhost:5432/postgres'. module.java.jdbc-driver's first pattern takes 'postgresql' as the protocol (\\w+ stops at '/') and reads the PostgreSQL driver missing: infrastructure/high [postgresql]. d113599 demoted only HikariCP's 'Failed to get driver instance'. Fails the same with PostgreSQL up (next case)."
record client-named-code junitcore-pgjdbc-url-missing-colon-no-suitable-driver-installed-postgres-up junitcore java code high java-attack29b-pgjdbc-url-missing-colon \
  "$(printf '%s' "$A29B_JAVA" | sed 's#sh -c "ip link set lo up; #sh -c "ip link set lo up; ci/with-postgres.sh #')" \
  "The previous case run with PostgreSQL 15 UP on 127.0.0.1:5432 (ci/with-postgres.sh; pg_isready's line is the log's first): the health test passes through PgJDBC, the URL without its ':' still fails as 'No suitable driver found for jdbc:postgresql//localhost:5432/postgres', the run's only failure. infrastructure/high [postgresql] with PostgreSQL running and its driver loaded."
