# ziutek/mymysql's own tests, from Debian's golang-github-ziutek-mymysql-dev 1.5.4+git20170206.23.0582bcf-2
# (/usr/share/gocode ships its _test.go), go 1.19 in GOPATH mode on a copy of /usr/share/gocode/src at /work/uw2/gopath/src.
# The tests hard-code 127.0.0.1:3306, user testuser / TestPasswd9, database test (created in `pre`), so there is no
# host setting to point at a CI service name (no host-not-found case), and the project is the client (no client-absent).
# MariaDB 10.11 from a separate state dir (R2_STATE=/tmp/r2state-jvmgo2); max_allowed_packet raised as TestBigBlob needs.
# Baseline (MariaDB present, no defect): `go test -count=1 ./autorc ./godrv ./mysql ./native ./thrsafe` ok
# (./examples/... left out: it is not a test package and go 1.19's vet rejects it).
GOPATH = "/work/uw2/gopath"
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/uw2/gocache"}
PRE = ("mariadb -S /tmp/r2state-jvmgo2/mysqlrun/mysqld.sock -e \"CREATE DATABASE IF NOT EXISTS test; "
       "CREATE USER IF NOT EXISTS 'testuser'@'localhost' IDENTIFIED BY 'TestPasswd9'; CREATE USER IF NOT EXISTS 'testuser'@'127.0.0.1' IDENTIFIED BY 'TestPasswd9'; "
       "GRANT ALL ON test.* TO 'testuser'@'localhost'; GRANT ALL ON test.* TO 'testuser'@'127.0.0.1'; FLUSH PRIVILEGES; SET GLOBAL max_allowed_packet=1073741824;\";")
PROJECT = {"root": GOPATH + "/src/github.com/ziutek/mymysql", "runner": "go", "project": "ziutek/mymysql",
           "version": "mymysql 1.5.4+git20170206 (0582bcf) from Debian's golang-github-ziutek-mymysql-dev 1.5.4+git20170206.23.0582bcf-2 (no git commit), go1.19.8",
           "service_env": {"R2_STATE": "/tmp/r2state-jvmgo2"}}
PKGS = "./autorc ./godrv ./mysql ./native ./thrsafe"
MY = ("infrastructure", "high", "mysql")
CODE = ("code", "high", "")
def gt(flags): return f"go test -count=1 {flags} {PKGS}".replace("  ", " ")
ABSENT = ("MariaDB was not started in the namespace; every test of native, thrsafe, godrv and autorc dials 127.0.0.1:3306 "
          "and is refused ('dial tcp 127.0.0.1:3306: connect: connection refused'); package mysql's tests need no server and pass.")
ESC = {"file": "mysql/utils.go", "old": "\t\tcase '\\n':\n\t\t\tesc = `\\n`\n", "new": "\t\tcase '\\n':\n\t\t\tesc = `\\r`\n"}
USE = {"file": "native/mysql.go", "old": "\tmy.sendCmdStr(_COM_INIT_DB, dbname)\n", "new": "\tmy.sendCmdStr(_COM_INIT_DB, dbname+\" \")\n"}
CASES = [
  dict(id="go-ziutek-mymysql/service-absent", services=[], env=ENV, cmd=gt(""), label=MY, condition="service-absent", why=ABSENT),
  dict(id="go-ziutek-mymysql/service-absent-v", services=[], env=ENV, cmd=gt("-v"), label=MY, condition="service-absent", why=ABSENT),
  dict(id="go-ziutek-mymysql/service-absent-json", services=[], env=ENV, cmd=gt("-json"), label=MY, condition="service-absent", why=ABSENT),
  dict(id="go-ziutek-mymysql/defect-escape-string", services=["mysql"], pre=PRE, env=ENV, cmd=gt(""), defect=ESC, label=CODE, condition="service-present-defect",
       why="MariaDB present; escapeString escapes a newline as \\r, and TestEscapeString's comparison fails (and any test relying on it)."),
  dict(id="go-ziutek-mymysql/defect-use-db-v", services=["mysql"], pre=PRE, env=ENV, cmd=gt("-v"), defect=USE, label=CODE, condition="service-present-defect",
       why="MariaDB present and answering; Conn.Use sends the database name with a trailing space, and the server answers Unknown database 'test ': a code defect against a running service."),
  dict(id="go-ziutek-mymysql/mixed-absent-escape-defect", services=[], env=ENV, cmd=gt("-v"), defect=ESC, label=CODE, condition="mixed-absent-and-defect",
       why="MariaDB absent (connection refused) AND escapeString's defect fails TestEscapeString in package mysql, which needs no server: one code failure makes the run code."),
  dict(id="go-ziutek-mymysql/mixed-absent-escape-defect-json", services=[], env=ENV, cmd=gt("-json"), defect=ESC, label=CODE, condition="mixed-absent-and-defect",
       why="MariaDB absent (connection refused) AND escapeString's defect fails TestEscapeString in package mysql, which needs no server: one code failure makes the run code."),
]
CASES += [
  dict(id="go-ziutek-mymysql/service-absent-godrv-v", services=[], env=ENV, cmd="go test -count=1 -v ./godrv", label=("infrastructure", "ambiguous", "mysql"), condition="service-absent",
       why="MariaDB was not started. Run alone, the database/sql driver package's tests fail only with 'Error: driver: bad connection' (mymysql's godrv turns the dial error into database/sql's ErrBadConn and the refusal is never printed): a connection failure by construction, but the log does not say the server is absent."),
]
