#!/bin/bash
# Entrypoint of coach-gate-local/never-ready:1: stays running, never listens on
# any port, and exits promptly on SIGTERM/SIGINT so `docker stop` is fast.
trap 'exit 0' TERM INT
while :; do
  sleep 3600 &
  wait $! || true
done
