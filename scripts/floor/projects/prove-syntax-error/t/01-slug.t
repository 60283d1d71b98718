#!/usr/bin/env bash
. "$(dirname "$0")/helpers.sh"
echo "1..1"
[ "$(echo 'Hello World' | tr '[:upper:] ' '[:lower:]-')" = "hello-world" ] && echo "ok 1 - slug" || echo "not ok 1 - slug"
