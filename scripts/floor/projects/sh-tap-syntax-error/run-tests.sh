#!/usr/bin/env bash
# A tiny TAP producer for the shell library and the cache it fronts.
. ./lib.sh
echo "TAP version 13"
echo "1..2"
[ "$(add 40 2)" = 42 ] && echo "ok 1 - add" || echo "not ok 1 - add"
if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  echo "ok 2 - cache reachable"
else
  echo "ok 2 - cache reachable # SKIP connect to 127.0.0.1:6379: Connection refused"
fi
