#!/usr/bin/env bats

@test "total of two amounts" {
  run bash ./total.sh 1999 2201
  [ "$status" -eq 0 ]
  [ "$output" = "42.00" ]
}

@test "total of amounts with cents" {
  run bash ./total.sh 1999 2200
  [ "$output" = "41.99" ]
}

@test "totals are cached in redis" {
  exec 3<>/dev/tcp/127.0.0.1/6379
}
