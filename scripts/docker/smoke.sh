#!/usr/bin/env bash
# Smoke test of the local service images: start each one with a Docker-chosen
# host port on 127.0.0.1, wait until it speaks its protocol on that port, run a
# trivial query, then remove the containers. Prints start-to-ready times.
#
# Usage: smoke.sh [--no-setup]   (without --no-setup it first runs
#                                  engine.sh ensure and build-images.sh)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX=coach-gate-local
READY_TIMEOUT="${SMOKE_READY_TIMEOUT:-60}"
TAG="coach-gate-smoke-$$"
CONTAINERS=()
FAILED=0

say() { printf '[smoke] %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

INITDIR="$(mktemp -d /tmp/coach-gate-smoke-init.XXXXXX)"
echo 'CREATE TABLE seeded (x int); INSERT INTO seeded VALUES (7);' >"$INITDIR/01-seed.sql"
chmod 755 "$INITDIR"; chmod 644 "$INITDIR/01-seed.sql"

cleanup() {
  rm -rf "$INITDIR"
  if [ "${#CONTAINERS[@]}" -gt 0 ]; then
    docker rm -f -v "${CONTAINERS[@]}" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

if [ "${1:-}" != "--no-setup" ]; then
  "$HERE/engine.sh" ensure
  "$HERE/build-images.sh"
fi

# start <name> <image> <container-port> [docker run args...]; sets HOST_PORT, T0
start() {
  local name="$1" image="$2" cport="$3"
  shift 3
  T0="$(now_ms)"
  docker run -d --name "$TAG-$name" -p "127.0.0.1::$cport" "$@" "$image" >/dev/null
  CONTAINERS+=("$TAG-$name")
  HOST_PORT="$(docker port "$TAG-$name" "$cport/tcp" | awk -F: '/^127\.0\.0\.1:/ { print $2; exit }')"
  [ -n "$HOST_PORT" ] || { say "$name: no host port published"; return 1; }
}

# Protocol-level probes against 127.0.0.1:<port>. A bare TCP connect is not
# enough: docker-proxy accepts connections on the host port even when nothing
# listens inside the container.
probe_postgres() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$1" -t 2
    return
  fi
  local fd resp=""
  exec {fd}<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf '\x00\x00\x00\x08\x04\xd2\x16\x2f' >&"$fd" || { exec {fd}>&-; return 1; } # SSLRequest
  read -r -t 2 -N 1 resp <&"$fd" 2>/dev/null || true
  exec {fd}>&-
  [ "$resp" = "N" ] || [ "$resp" = "S" ]
}
probe_redis() {
  local fd line=""
  exec {fd}<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'PING\r\n' >&"$fd" || { exec {fd}>&-; return 1; }
  read -r -t 2 line <&"$fd" 2>/dev/null || true
  exec {fd}>&-
  [ "${line%$'\r'}" = "+PONG" ]
}
probe_mariadb() {
  local fd
  exec {fd}<>"/dev/tcp/127.0.0.1/$1" || return 1
  # The server talks first: the greeting contains the version string.
  if timeout 2 head -c 80 <&"$fd" 2>/dev/null | tr -d '\0' | grep -aq MariaDB; then
    exec {fd}>&-
    return 0
  fi
  exec {fd}>&-
  return 1
}

# wait_ready <name> <probe> ; prints the start-to-ready time
wait_ready() {
  local name="$1" probe="$2" deadline=$((SECONDS + READY_TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if "$probe" "$HOST_PORT" 2>/dev/null; then
      READY_MS=$(( $(now_ms) - T0 ))
      say "$name ready on 127.0.0.1:$HOST_PORT after ${READY_MS} ms (docker run -> protocol answer)"
      return 0
    fi
    if [ "$(docker inspect -f '{{.State.Running}}' "$TAG-$name")" != "true" ]; then
      say "$name container exited:"; docker logs "$TAG-$name" 2>&1 | tail -n 20 >&2
      return 1
    fi
    sleep 0.1
  done
  say "$name not ready within ${READY_TIMEOUT}s:"; docker logs "$TAG-$name" 2>&1 | tail -n 20 >&2
  return 1
}

check() {
  local what="$1" got="$2" want="$3"
  if [ "$got" = "$want" ]; then
    say "OK   $what -> $got"
  else
    say "FAIL $what -> '$got' (want '$want')"
    FAILED=1
  fi
}

timed_stop() {
  local t
  t="$(now_ms)"
  docker stop -t 10 "$TAG-$1" >/dev/null
  say "$1 docker stop took $(( $(now_ms) - t )) ms"
}

# --- PostgreSQL ---
start postgres "$PREFIX/postgres:15" 5432 -e POSTGRES_USER=coach -e POSTGRES_PASSWORD='s3cr;et' -e POSTGRES_DB=gate \
  -v "$INITDIR:/docker-entrypoint-initdb.d:ro"
wait_ready postgres probe_postgres || FAILED=1
if command -v psql >/dev/null 2>&1; then
  check "postgres: host psql query over 127.0.0.1:$HOST_PORT" \
    "$(PGPASSWORD='s3cr;et' psql -X -h 127.0.0.1 -p "$HOST_PORT" -U coach -d gate -Atc 'select 40+2, current_database(), current_user, (select x from seeded)' 2>&1)" "42|gate|coach|7"
  check "postgres: wrong password rejected" \
    "$(PGPASSWORD=wrong psql -X -h 127.0.0.1 -p "$HOST_PORT" -U coach -d gate -Atc 'select 1' >/dev/null 2>&1 && echo accepted || echo rejected)" "rejected"
else
  check "postgres: psql in container" \
    "$(docker exec "$TAG-postgres" psql -X -U coach -d gate -Atc 'select 40+2, current_database(), current_user, (select x from seeded)' 2>&1)" "42|gate|coach|7"
fi
timed_stop postgres

# --- Redis ---
start redis "$PREFIX/redis:7" 6379
wait_ready redis probe_redis || FAILED=1
check "redis: SET/GET over 127.0.0.1:$HOST_PORT" "$(
  exec 3<>"/dev/tcp/127.0.0.1/$HOST_PORT"
  printf 'SET k v42\r\nGET k\r\n' >&3
  read -r -t 2 a <&3; read -r -t 2 _ <&3; read -r -t 2 b <&3
  exec 3>&-
  printf '%s %s' "${a%$'\r'}" "${b%$'\r'}"
)" "+OK v42"
timed_stop redis

# --- MariaDB ---
start mariadb "$PREFIX/mariadb:10" 3306 -e MARIADB_ROOT_PASSWORD=rootpw -e MYSQL_DATABASE=gate \
  -e MYSQL_USER=coach -e MYSQL_PASSWORD='pa"ss' -v "$INITDIR:/docker-entrypoint-initdb.d:ro"
wait_ready mariadb probe_mariadb || FAILED=1
check "mariadb: query as app user (TCP, password auth)" \
  "$(docker exec "$TAG-mariadb" mariadb -h 127.0.0.1 -u coach -p'pa"ss' gate -N -e 'select 40+2, database(), (select x from seeded)' 2>&1)" $'42\tgate\t7'
check "mariadb: root over TCP needs the password" \
  "$(docker exec "$TAG-mariadb" mariadb -h 127.0.0.1 -u root -N -e 'select 1' >/dev/null 2>&1 && echo accepted || echo rejected)" "rejected"
timed_stop mariadb

# --- never-ready ---
start never-ready "$PREFIX/never-ready:1" 5432
sleep 3
if probe_postgres "$HOST_PORT" 2>/dev/null; then
  check "never-ready: no protocol answer after 3s" "answered" "silent"
else
  check "never-ready: no protocol answer after 3s" "silent" "silent"
fi
check "never-ready: still running" "$(docker inspect -f '{{.State.Running}}' "$TAG-never-ready")" "true"
timed_stop never-ready

# --- POSTGRES_PASSWORD is required (like the official image) ---
docker run --name "$TAG-pg-nopw" "$PREFIX/postgres:15" >/dev/null 2>&1 || true
CONTAINERS+=("$TAG-pg-nopw")
check "postgres without POSTGRES_PASSWORD exits non-zero" \
  "$(docker inspect -f '{{.State.ExitCode}}' "$TAG-pg-nopw")" "1"

cleanup
CONTAINERS=()
if [ "$FAILED" -ne 0 ]; then
  say "SMOKE TEST FAILED"
  exit 1
fi
say "all smoke checks passed"
