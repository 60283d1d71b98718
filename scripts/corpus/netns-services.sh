#!/usr/bin/env bash
# Starts Debian-packaged services inside the CURRENT network namespace, for corpus captures.
# Use only inside `unshare --net` so that localhost is private to one capture:
#   unshare --net bash -c 'ip link set lo up; source scripts/corpus/netns-services.sh; start_pg; ...'
# Data directories live under $R2_STATE (default /tmp/r2state) and are created on first use.
# Needs: postgresql-15 redis-server mariadb-server memcached rabbitmq-server (apt-get install).
set -u
R2_STATE=${R2_STATE:-/tmp/r2state}
mkdir -p "$R2_STATE"
chmod 755 "$R2_STATE"

# PostgreSQL 15 on 127.0.0.1:5432 (and a socket in $R2_STATE/pgsock), user postgres, password
# "postgres" over TCP (scram), databases pqgotest, psycopg2_test and test (schemas test_schema, test_schema_2).
start_pg() {
  local bin=/usr/lib/postgresql/15/bin d="$R2_STATE/pg"
  if [ ! -f "$d/PG_VERSION" ]; then
    mkdir -p "$d" && chown postgres "$d"
    echo postgres > "$R2_STATE/pgpw" && chown postgres "$R2_STATE/pgpw"
    su postgres -c "$bin/initdb -D $d -U postgres --auth-local=trust --auth-host=scram-sha-256 --pwfile=$R2_STATE/pgpw" >/dev/null
  fi
  mkdir -p "$R2_STATE/pgsock" "$R2_STATE/pglog" && chown postgres "$R2_STATE/pgsock" "$R2_STATE/pglog"
  su postgres -c "$bin/pg_ctl -D $d -l $R2_STATE/pglog/pg.log -w -o '-k $R2_STATE/pgsock -c listen_addresses=127.0.0.1 -c port=${PGPORT_SERVER:-5432}' start" >/dev/null
  local db
  for db in pqgotest psycopg2_test test; do
    su postgres -c "$bin/psql -h $R2_STATE/pgsock -p ${PGPORT_SERVER:-5432} -d postgres -tAc \"select 1 from pg_database where datname='$db'\"" | grep -q 1 ||
      su postgres -c "$bin/createdb -h $R2_STATE/pgsock -p ${PGPORT_SERVER:-5432} $db"
  done
  su postgres -c "$bin/psql -h $R2_STATE/pgsock -p ${PGPORT_SERVER:-5432} -d test -qc 'create schema if not exists test_schema; create schema if not exists test_schema_2'" >/dev/null 2>&1
}
stop_pg() { su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D $R2_STATE/pg -m fast -w stop" >/dev/null 2>&1; }

# Redis on 127.0.0.1:${REDIS_PORT_SERVER:-6379}, no password unless REDIS_REQUIREPASS is set; a unix socket
# too when REDIS_UNIXSOCKET names one.
start_redis() {
  mkdir -p "$R2_STATE/redis"
  local extra=()
  [ -n "${REDIS_REQUIREPASS:-}" ] && extra=(--requirepass "$REDIS_REQUIREPASS")
  [ -n "${REDIS_UNIXSOCKET:-}" ] && extra+=(--unixsocket "$REDIS_UNIXSOCKET" --unixsocketperm 777)
  redis-server --port "${REDIS_PORT_SERVER:-6379}" --bind 127.0.0.1 --daemonize yes --dir "$R2_STATE/redis" \
    --logfile "$R2_STATE/redis.log" --save '' "${extra[@]}"
  for _ in $(seq 50); do redis-cli -p "${REDIS_PORT_SERVER:-6379}" ${REDIS_REQUIREPASS:+-a $REDIS_REQUIREPASS} ping 2>/dev/null | grep -q PONG && return 0; sleep 0.1; done
}
stop_redis() { redis-cli -p "${REDIS_PORT_SERVER:-6379}" ${REDIS_REQUIREPASS:+-a $REDIS_REQUIREPASS} shutdown nosave >/dev/null 2>&1; }

# MariaDB on 127.0.0.1:3306, root via socket; user "gotest"/"secret" with all rights; databases
# gotest, test, test1 and test2.
start_mysql() {
  local d="$R2_STATE/mysql"
  if [ ! -d "$d/mysql" ]; then
    mkdir -p "$d" && chown mysql "$d"
    mariadb-install-db --datadir="$d" --user=mysql --auth-root-authentication-method=socket >/dev/null 2>&1
  fi
  mkdir -p "$R2_STATE/mysqlrun" && chown mysql "$R2_STATE/mysqlrun"
  (mariadbd --user=mysql --datadir="$d" --socket="$R2_STATE/mysqlrun/mysqld.sock" --port="${MYSQL_PORT_SERVER:-3306}" \
     --bind-address=127.0.0.1 --pid-file="$R2_STATE/mysqlrun/mysqld.pid" --log-error="$R2_STATE/mysql.err" \
     --skip-log-bin --innodb-buffer-pool-size=64M >/dev/null 2>&1 &)
  for _ in $(seq 100); do [ -S "$R2_STATE/mysqlrun/mysqld.sock" ] && mariadb -S "$R2_STATE/mysqlrun/mysqld.sock" -e 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
  mariadb -S "$R2_STATE/mysqlrun/mysqld.sock" -e "CREATE DATABASE IF NOT EXISTS gotest; CREATE DATABASE IF NOT EXISTS test; CREATE DATABASE IF NOT EXISTS test1; CREATE DATABASE IF NOT EXISTS test2;
    CREATE USER IF NOT EXISTS 'gotest'@'localhost' IDENTIFIED BY 'secret'; CREATE USER IF NOT EXISTS 'gotest'@'127.0.0.1' IDENTIFIED BY 'secret';
    GRANT ALL ON *.* TO 'gotest'@'localhost'; GRANT ALL ON *.* TO 'gotest'@'127.0.0.1'; FLUSH PRIVILEGES;"
}
stop_mysql() { [ -f "$R2_STATE/mysqlrun/mysqld.pid" ] && kill "$(cat "$R2_STATE/mysqlrun/mysqld.pid")" 2>/dev/null; sleep 2; }

# memcached on 127.0.0.1:11211.
start_memcached() {
  memcached -u nobody -l 127.0.0.1 -p "${MEMCACHED_PORT_SERVER:-11211}" >/dev/null 2>&1 &
  echo $! > "$R2_STATE/memcached.pid"
  sleep 0.3
}
stop_memcached() { [ -f "$R2_STATE/memcached.pid" ] && kill "$(cat "$R2_STATE/memcached.pid")" 2>/dev/null; }

# RabbitMQ on 127.0.0.1:5672 (guest/guest), node rabbit@localhost.
start_rabbitmq() {
  mkdir -p "$R2_STATE/rabbit" && chown rabbitmq "$R2_STATE/rabbit" 2>/dev/null
  export RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_MNESIA_BASE="$R2_STATE/rabbit/mnesia" \
         RABBITMQ_LOG_BASE="$R2_STATE/rabbit/log" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  su rabbitmq -s /bin/sh -c "RABBITMQ_NODENAME=$RABBITMQ_NODENAME RABBITMQ_MNESIA_BASE=$RABBITMQ_MNESIA_BASE RABBITMQ_LOG_BASE=$RABBITMQ_LOG_BASE RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_PID_FILE=$R2_STATE/rabbit/pid HOME=$R2_STATE/rabbit /usr/lib/rabbitmq/bin/rabbitmq-server -detached" >/dev/null 2>&1
  for _ in $(seq 120); do (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && return 0; sleep 0.5; done
}
# Stops this namespace's RabbitMQ node (its pid file) and the epmd it started (epmd -kill reaches only
# the epmd listening on this namespace's localhost).
stop_rabbitmq() {
  [ -f "$R2_STATE/rabbit/pid" ] && kill "$(cat "$R2_STATE/rabbit/pid")" 2>/dev/null
  sleep 3; epmd -kill >/dev/null 2>&1
  rm -f "$R2_STATE/rabbit/pid"
}
