#!/usr/bin/env bats

setup() {
  if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    echo "# postgres on 127.0.0.1:5432 refused the connection" >&3
  fi
}

@test "lowercases" {
  result="$(bash ./slug.sh Hello)"
  [ "$result" = "hello" ]
}

@test "drops punctuation" {
  result="$(bash ./slug.sh 'Hello, World!')"
  [ "$result" = "hello-world" ]
}

@test "stores the slug" {
  curl -sS --max-time 2 http://127.0.0.1:9200/slugs/_doc/1
}
