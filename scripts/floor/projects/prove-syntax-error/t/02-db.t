#!/usr/bin/env bash
echo "1..1"
if exec 3<>/dev/tcp/127.0.0.1/5432; then
  echo "ok 1 - database reachable"
else
  echo "not ok 1 - database reachable"
fi
