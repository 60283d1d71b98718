# jmoiron/sqlx 1.3.5 from Debian's golang-github-jmoiron-sqlx-dev 1.3.5-1 (its _test.go ship under /usr/share/gocode),
# go1.19.8 in GOPATH mode (GO111MODULE=off) on a copy of /usr/share/gocode/src at /work/s5src/gopath/src
# (lib/pq 1.10.7, go-sql-driver/mysql 1.5.0, mattn/go-sqlite3 1.14.16 from Debian).
# The suite reads SQLX_POSTGRES_DSN / SQLX_MYSQL_DSN / SQLX_SQLITE_DSN; in init() it Connect()s (open + ping) and, when a
# connect fails, prints "Disabling PG tests:\n    <error>" and runs without that database (so a missing server alone
# never fails the suite: service-absent and host-not-found runs exit 0 and are not failure logs).
# Baseline (PostgreSQL 15 + MariaDB 10.11 in the namespace, SQLite :memory:): go test -count=1 . ./reflectx ./types -> ok x3.
import os
GOPATH = "/work/s5src/gopath"
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/s5src/gocache",
       "SQLX_POSTGRES_DSN": "'postgres://postgres:postgres@127.0.0.1:5432/test?sslmode=disable'",
       "SQLX_MYSQL_DSN": "'gotest:secret@tcp(127.0.0.1:3306)/test'", "SQLX_SQLITE_DSN": ":memory:"}
PROJECT = {"root": GOPATH + "/src/github.com/jmoiron/sqlx", "runner": "go", "project": "jmoiron/sqlx", "env": ENV,
           "version": "golang-github-jmoiron-sqlx-dev 1.3.5-1 (Debian bookworm; upstream v1.3.5), go1.19.8 GOPATH mode; lib/pq 1.10.7, go-sql-driver/mysql 1.5.0, go-sqlite3 1.14.16; PostgreSQL 15, MariaDB 10.11"}
C = ("code", "high", "")
P = ("infrastructure", "high", "postgres")
REBIND = {"file": "bind.go", "old": "\t\tcase DOLLAR:\n\t\t\trqb = append(rqb, '$')", "new": "\t\tcase DOLLAR:\n\t\t\trqb = append(rqb, '$', '$')"}
NAMED = {"file": "named.go", "old": "\t\t\t\trebound = append(rebound, '$')\n\t\t\t\tfor _, b := range strconv.Itoa(currentVar) {", "new": "\t\t\t\trebound = append(rebound, '$')\n\t\t\t\tfor _, b := range strconv.Itoa(currentVar + 1) {"}
CASES = [
  dict(id="go-sqlx/baseline", services=["pg", "mysql"], cmd="go test -count=1 . ./reflectx ./types", label=C, condition="baseline", why="baseline"),
  dict(id="go-sqlx/service-absent-v", cmd="go test -count=1 -v .", label=P, condition="service-absent", why="expected to exit 0: the suite disables PG/MySQL tests when they cannot connect"),
  dict(id="go-sqlx/defect-rebind-dollar", services=["pg", "mysql"], defect=REBIND, cmd="go test -count=1 . ./reflectx ./types", label=C, condition="service-present-defect",
       why="PostgreSQL and MariaDB running; Rebind writes '$$1' for DOLLAR bindvars, so TestRebind fails and every PostgreSQL query with parameters is rejected by the server as a syntax error (pq: syntax error at or near \"$\"): a code defect."),
  dict(id="go-sqlx/defect-named-dollar-json", services=["pg", "mysql"], defect=NAMED, cmd="go test -count=1 -json .", label=C, condition="service-present-defect",
       why="PostgreSQL and MariaDB running; compileNamedQuery numbers DOLLAR bindvars from $2, failing TestCompileQuery and PostgreSQL named queries (wrong parameter count errors from the server): a code defect."),
  dict(id="go-sqlx/defect-named-dollar-v", services=["pg", "mysql"], defect=NAMED, cmd="go test -count=1 -v .", label=C, condition="service-present-defect",
       why="As defect-named-dollar-json, with go test -v."),
  dict(id="go-sqlx/mixed-absent-named-v", defect=NAMED, cmd="go test -count=1 -v .", label=C, condition="mixed-absent-and-defect",
       why="PostgreSQL and MariaDB absent (the suite prints 'Disabling PG tests: dial tcp 127.0.0.1:5432: connect: connection refused' and the MySQL equivalent, and runs on SQLite in memory) AND compileNamedQuery numbers DOLLAR bindvars from $2, failing TestCompileQuery, which needs no server: code."),
  dict(id="go-sqlx/mixed-absent-rebind", defect=REBIND, cmd="go test -count=1 . ./reflectx ./types", label=C, condition="mixed-absent-and-defect",
       why="PostgreSQL and MariaDB absent (connection refused, tests disabled by the suite) AND Rebind writes '$$1', failing TestRebind, which needs no server: code."),
]
