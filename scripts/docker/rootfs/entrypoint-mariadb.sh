#!/bin/bash
# Entrypoint of coach-gate-local/mariadb:10 (Debian bookworm mariadb-server 10.11).
# Honours (MARIADB_* wins over MYSQL_*):
#   MARIADB_ROOT_PASSWORD / MYSQL_ROOT_PASSWORD
#   MARIADB_ALLOW_EMPTY_ROOT_PASSWORD / MYSQL_ALLOW_EMPTY_PASSWORD
#   MARIADB_DATABASE / MYSQL_DATABASE
#   MARIADB_USER / MYSQL_USER, MARIADB_PASSWORD / MYSQL_PASSWORD
#   /docker-entrypoint-initdb.d/*.sh|*.sql on first start.
set -euo pipefail

log() { printf 'coach-gate-mariadb: %s\n' "$*" >&2; }

if [ "$#" -gt 0 ] && [ "${1:0:1}" != "-" ] && [ "$1" != "mariadbd" ] && [ "$1" != "mysqld" ]; then
  exec "$@"
fi
case "${1:-}" in mariadbd|mysqld) shift ;; esac

DATADIR=/var/lib/mysql
SOCK=/run/mysqld/mysqld.sock
mkdir -p "$DATADIR" /run/mysqld
chown mysql:mysql "$DATADIR" /run/mysqld

pick() { local a="${!1:-}" b="${!2:-}"; printf '%s' "${a:-$b}"; }
sql_str() { local s="${1//\\/\\\\}"; s="${s//\'/\\\'}"; printf "'%s'" "$s"; }
sql_id() { printf '`%s`' "${1//\`/\`\`}"; }

if [ ! -d "$DATADIR/mysql" ]; then
  root_pw="$(pick MARIADB_ROOT_PASSWORD MYSQL_ROOT_PASSWORD)"
  allow_empty="$(pick MARIADB_ALLOW_EMPTY_ROOT_PASSWORD MYSQL_ALLOW_EMPTY_PASSWORD)"
  db="$(pick MARIADB_DATABASE MYSQL_DATABASE)"
  user="$(pick MARIADB_USER MYSQL_USER)"
  pw="$(pick MARIADB_PASSWORD MYSQL_PASSWORD)"
  if [ -z "$root_pw" ] && [ -z "$allow_empty" ]; then
    log "Database is uninitialized and password option is not specified"
    log "You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD (or the MYSQL_* equivalents)"
    exit 1
  fi
  if [ "$user" = "root" ]; then log "MARIADB_USER=root is not allowed; use MARIADB_ROOT_PASSWORD"; exit 1; fi
  log "initialising $DATADIR"
  mariadb-install-db --user=mysql --datadir="$DATADIR" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve >/dev/null
  mariadbd --user=mysql --datadir="$DATADIR" --skip-networking --socket="$SOCK" \
    --skip-log-bin --innodb-buffer-pool-size=32M >/tmp/mariadb-init.log 2>&1 &
  tmp_pid=$!
  for _ in $(seq 1 120); do
    mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
    kill -0 "$tmp_pid" 2>/dev/null || { cat /tmp/mariadb-init.log >&2; exit 1; }
    sleep 0.25
  done
  {
    echo "SET @@SESSION.SQL_LOG_BIN=0;"
    # mariadb-install-db also creates password-less root@127.0.0.1/::1/<hostname>;
    # keep only root@localhost and root@'%' (both get the root password).
    echo "DELETE FROM mysql.global_priv WHERE User='' OR (User='root' AND Host NOT IN ('localhost', '%'));"
    echo "DELETE FROM mysql.proxies_priv WHERE User='root' AND Host NOT IN ('localhost', '%');"
    echo "FLUSH PRIVILEGES;"
    echo "CREATE USER IF NOT EXISTS 'root'@'%' IDENTIFIED BY $(sql_str "$root_pw");"
    echo "GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;"
    echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $(sql_str "$root_pw");"
    if [ -n "$db" ]; then echo "CREATE DATABASE IF NOT EXISTS $(sql_id "$db");"; fi
    if [ -n "$user" ]; then
      echo "CREATE USER $(sql_str "$user")@'%' IDENTIFIED BY $(sql_str "$pw");"
      if [ -n "$db" ]; then echo "GRANT ALL ON $(sql_id "$db").* TO $(sql_str "$user")@'%';"; fi
    fi
    echo "FLUSH PRIVILEGES;"
  } | mariadb --socket="$SOCK" -uroot --protocol=socket
  for f in /docker-entrypoint-initdb.d/*; do
    [ -e "$f" ] || continue
    case "$f" in
      *.sh)
        log "running $f"
        if [ -x "$f" ]; then "$f"; else
          # shellcheck source=/dev/null
          . "$f"
        fi ;;
      *.sql) log "running $f"; MYSQL_PWD="$root_pw" mariadb --socket="$SOCK" -uroot ${db:+"$db"} <"$f" ;;
      *) log "ignoring $f" ;;
    esac
  done
  kill -TERM "$tmp_pid"
  wait "$tmp_pid" || true
  log "init done"
fi

exec mariadbd --user=mysql --datadir="$DATADIR" --socket="$SOCK" \
  --bind-address=0.0.0.0 --port=3306 --skip-name-resolve "$@"
