#!/bin/bash
# Entrypoint of coach-gate-local/postgres:15 (Debian bookworm postgresql-15).
# Honours the official postgres image's variables:
#   POSTGRES_USER (default postgres), POSTGRES_PASSWORD (required unless
#   POSTGRES_HOST_AUTH_METHOD=trust), POSTGRES_DB (default $POSTGRES_USER),
#   POSTGRES_HOST_AUTH_METHOD (default scram-sha-256), POSTGRES_INITDB_ARGS,
#   PGDATA (default /var/lib/postgresql/data), *_FILE variants of the first three,
#   /docker-entrypoint-initdb.d/*.sh|*.sql on first start.
set -euo pipefail

log() { printf 'coach-gate-postgres: %s\n' "$*" >&2; }

file_env() {
  local var="$1" def="${2:-}" fvar="${1}_FILE"
  if [ -n "${!var:-}" ] && [ -n "${!fvar:-}" ]; then
    log "both $var and $fvar are set (they are exclusive)"; exit 1
  fi
  local val="$def"
  if [ -n "${!var:-}" ]; then val="${!var}"; elif [ -n "${!fvar:-}" ]; then val="$(<"${!fvar}")"; fi
  export "$var"="$val"
  unset "$fvar"
}

# Arguments: nothing or options (-c x=y) -> postgres server; "postgres ..." -> same;
# anything else is executed as is.
if [ "$#" -gt 0 ] && [ "${1:0:1}" != "-" ] && [ "$1" != "postgres" ]; then
  exec "$@"
fi
[ "${1:-}" = "postgres" ] && shift

export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
as_pg() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }

mkdir -p "$PGDATA" /var/run/postgresql
chown postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"
chmod 2775 /var/run/postgresql

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  file_env POSTGRES_USER postgres
  file_env POSTGRES_PASSWORD
  file_env POSTGRES_DB "$POSTGRES_USER"
  auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
  if [ -z "$POSTGRES_PASSWORD" ] && [ "$auth" != "trust" ]; then
    cat >&2 <<'MSG'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.
MSG
    exit 1
  fi
  log "initialising $PGDATA (user=$POSTGRES_USER db=$POSTGRES_DB host-auth=$auth)"
  pwfile=""
  if [ -n "$POSTGRES_PASSWORD" ]; then
    pwfile="$(mktemp)"
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    chown postgres "$pwfile"
  fi
  # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a word list, like upstream
  as_pg initdb -D "$PGDATA" --username="$POSTGRES_USER" ${pwfile:+--pwfile="$pwfile"} \
    --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust ${POSTGRES_INITDB_ARGS:-} >/dev/null
  [ -n "$pwfile" ] && rm -f "$pwfile"
  printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"
  printf "\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.auto.conf"

  need_setup=0
  [ "$POSTGRES_DB" != "postgres" ] && need_setup=1
  compgen -G '/docker-entrypoint-initdb.d/*' >/dev/null && need_setup=1
  if [ "$need_setup" -eq 1 ]; then
    as_pg pg_ctl -D "$PGDATA" -w -s \
      -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" start
    psql_base=(psql -v ON_ERROR_STOP=1 -X -q --username "$POSTGRES_USER" -h /var/run/postgresql)
    if [ "$POSTGRES_DB" != "postgres" ]; then
      printf 'CREATE DATABASE :"db";\n' | as_pg "${psql_base[@]}" --dbname postgres -v db="$POSTGRES_DB"
    fi
    for f in /docker-entrypoint-initdb.d/*; do
      [ -e "$f" ] || continue
      case "$f" in
        *.sh)
          log "running $f"
          if [ -x "$f" ]; then "$f"; else
            # shellcheck source=/dev/null
            . "$f"
          fi ;;
        *.sql) log "running $f"; as_pg "${psql_base[@]}" --dbname "$POSTGRES_DB" -f "$f" ;;
        *) log "ignoring $f" ;;
      esac
    done
    as_pg pg_ctl -D "$PGDATA" -m fast -w -s stop
  fi
  unset POSTGRES_PASSWORD
  log "init done"
fi

exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D "$PGDATA" "$@"
