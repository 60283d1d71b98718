# go-gorp/gorp v1.7.2 from Debian's golang-gopkg-gorp.v1-dev 1.7.2-2 (gorp_test.go ships under /usr/share/gocode),
# go1.19.8 GOPATH mode on a copy of /usr/share/gocode/src at /work/s7src/gopath/src (lib/pq 1.10.7, mattn/go-sqlite3,
# go-sql-driver/mysql, ziutek/mymysql from Debian; cgo on). The suite reads GORP_TEST_DIALECT and GORP_TEST_DSN and
# panic()s on any database error while creating its tables (initDbMap), so a missing server aborts the test binary.
GOPATH = "/work/s7src/gopath"
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/s7src/gocache", "GORP_TEST_DIALECT": "postgres"}
DSN = "GORP_TEST_DSN='postgres://postgres:postgres@127.0.0.1:5432/test?sslmode=disable'"
PROJECT = {"root": GOPATH + "/src/gopkg.in/gorp.v1", "runner": "go", "project": "go-gorp/gorp", "env": ENV,
           "version": "golang-gopkg-gorp.v1-dev 1.7.2-2 (Debian bookworm; upstream v1.7.2), go1.19.8 GOPATH mode; lib/pq 1.10.7; PostgreSQL 15"}
C = ("code", "high", "")
P = ("infrastructure", "high", "postgresql")
SUB = "'^Test(DoubleAddTable|NullValues|ColumnProps|RawSelect|Hooks|Transaction|Savepoint|Crud|SelectVal)$'"
BINDVAR = {"file": "dialect.go", "old": "\treturn fmt.Sprintf(\"$%d\", i+1)", "new": "\treturn fmt.Sprintf(\"$%d\", i)"}
DOUBLE = {"file": "gorp.go", "old": "\t\tif table.gotype == t {\n\t\t\ttable.TableName = name", "new": "\t\tif table.gotype == reflect.PtrTo(t) {\n\t\t\ttable.TableName = name"}
NSS = [("/work/s7runs/tools/nsswitch-files.conf", "/etc/nsswitch.conf")]
EMPTY = [("/work/s7src/empty", GOPATH + "/src/github.com/lib/pq")]
CASES = [
  dict(id="go-gorp/baseline", services=["pg"], cmd=f"env {DSN} go test -vet=off -count=1 -v -run {SUB} .", label=C, condition="baseline", why="baseline"),
  dict(id="go-gorp/service-absent", cmd=f"env {DSN} go test -vet=off -count=1 -run {SUB} .", label=P, condition="service-absent",
       why="PostgreSQL not started; the first test needing the database panics in initDbMap: 'panic: dial tcp 127.0.0.1:5432: connect: connection refused', aborting the test binary."),
  dict(id="go-gorp/service-absent-v", cmd=f"env {DSN} go test -vet=off -count=1 -v -run {SUB} .", label=P, condition="service-absent",
       why="As service-absent, with go test -v (TestDoubleAddTable, which needs no server, passes first)."),
  dict(id="go-gorp/service-absent-json", cmd=f"env {DSN} go test -vet=off -count=1 -json -run {SUB} .", label=P, condition="service-absent",
       why="As service-absent, with go test -json."),
  dict(id="go-gorp/host-not-found-postgres", services=["pg"], mounts=NSS, cmd=f"env GORP_TEST_DSN='postgres://postgres:postgres@postgres:5432/test?sslmode=disable' go test -vet=off -count=1 -v -run {SUB} .", label=P, condition="host-not-found",
       why="The DSN names the CI service-container host 'postgres', which does not resolve (nsswitch hosts: files; PostgreSQL runs on 127.0.0.1): the first database test panics with the lookup error."),
  dict(id="go-gorp/host-not-found-internal", services=["pg"], cmd=f"env GORP_TEST_DSN='postgres://postgres:postgres@db.ci.internal:5432/test?sslmode=disable' go test -vet=off -count=1 -run {SUB} .", label=P, condition="host-not-found",
       why="The DSN names db.ci.internal; no resolver is reachable from the namespace, so the first database test panics with the lookup error."),
  dict(id="go-gorp/client-absent-pq", services=["pg"], mounts=EMPTY, cmd=f"env {DSN} go test -vet=off -count=1 -run {SUB} .", label=P, condition="client-absent",
       why="The PostgreSQL driver github.com/lib/pq is missing from GOPATH (its directory emptied by a bind mount): the test package does not build."),
  dict(id="go-gorp/defect-bindvar", services=["pg"], defect=BINDVAR, cmd=f"env {DSN} go test -vet=off -count=1 -v -run {SUB} .", label=C, condition="service-present-defect",
       why="PostgreSQL running; PostgresDialect.BindVar numbers placeholders from $0, so every parameterised statement is rejected by the server (pq: there is no parameter $0) and the suite panics: a code defect."),
  dict(id="go-gorp/defect-bindvar-json", services=["pg"], defect=BINDVAR, cmd=f"env {DSN} go test -vet=off -count=1 -json -run {SUB} .", label=C, condition="service-present-defect",
       why="As defect-bindvar, with go test -json."),
  dict(id="go-gorp/mixed-absent-double-add", defect=DOUBLE, cmd=f"env {DSN} go test -vet=off -count=1 -v -run {SUB} .", label=C, condition="mixed-absent-and-defect",
       why="PostgreSQL absent (the first database test panics with connection refused) AND AddTableWithNameAndSchema compares the table's type with reflect.PtrTo(t), so a type added twice gets two table maps and TestDoubleAddTable, which needs no server, fails first: code."),
]
