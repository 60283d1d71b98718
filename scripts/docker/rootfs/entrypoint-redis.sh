#!/bin/bash
# Entrypoint of coach-gate-local/redis:7 (Debian bookworm redis-server).
# Like the official image: no config file, data in /data, runs as user redis.
# Arguments starting with "-" (or after "redis-server") are passed to redis-server;
# any other command is executed as is.
set -euo pipefail
if [ "$#" -gt 0 ] && [ "${1:0:1}" != "-" ] && [ "$1" != "redis-server" ]; then
  exec "$@"
fi
[ "${1:-}" = "redis-server" ] && shift
mkdir -p /data
chown redis:redis /data
cd /data
exec setpriv --reuid=redis --regid=redis --init-groups \
  redis-server --bind 0.0.0.0 --protected-mode no --port 6379 --dir /data --daemonize no "$@"
