#!/usr/bin/env bats

@test "prints the version" {
  run bash ./version.sh
  echo "$output"
  [ "$status" -eq 0 ]
  [ "$output" = "1.4.2" ]
}

@test "pings the queue" {
  run bash -c 'exec 3<>/dev/tcp/127.0.0.1/5672'
  echo "$output"
  [ "$status" -eq 0 ]
}
