# go-sql-driver/mysql's own tests, from Debian's golang-github-go-sql-driver-mysql-dev 1.5.0-2
# (/usr/share/gocode), go 1.19 in GOPATH mode on the copy at /work/r2work/gopath/src (see go_pq.py).
# Baseline (MariaDB present, no defect): all pass except TestConnectorReturnsTimeout, TestCharset and
# TestCollation, which the -run patterns below leave out.
# Note: the suite dials MYSQL_TEST_ADDR once at init and SKIPS every server test when nothing listens,
# so "service absent" alone gives a passing run (no failure log); only rejected/misconfigured/defect runs fail.
import os, shutil
GOPATH = "/work/r2work/gopath"
if not os.path.isdir(GOPATH + "/src/github.com/go-sql-driver/mysql"):
    shutil.copytree("/usr/share/gocode/src", GOPATH + "/src", dirs_exist_ok=True)
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/r2work/gocache",
       "MYSQL_TEST_USER": "gotest", "MYSQL_TEST_PASS": "secret", "MYSQL_TEST_ADDR": "127.0.0.1:3306", "MYSQL_TEST_DBNAME": "gotest"}
PROJECT = {"root": GOPATH + "/src/github.com/go-sql-driver/mysql", "runner": "go", "project": "go-sql-driver/mysql",
           "version": "golang-github-go-sql-driver-mysql-dev 1.5.0-2 (Debian bookworm), go1.19.8; MariaDB 10.11 (mariadb-server)"}
DRV = "'^Test(EmptyQuery|CRUD|Int|Float32|Float64|Float64Placeholder|String|RawBytes|Valuer|NULL|LongData|ContextCancelExec|Strict|TLS|Reuse|Prepared|Multi|ColumnsWithAlias|RawBytesResultExceptions|Timezone|RowsClose|CloseStmt|StmtMulti|Rollback|FoundRows|ValuerWithValidation|Timestamp|Interpolate|PreparedManyCols|ConcurrentUnbuffered|Ping|ExecMultipleResults|QueryMultipleResults|SkipResults)'"
UNIT = "'^Test(DSN|ParamsAreSorted|CloneConfig|NormalizeTLSConfig|EscapeBackslash|EscapeQuotes|LengthEncodedInteger|FormatBinaryDateTime|IsolationLevelMapping|AppendDateTime|ParseDateTime|ReadPacket|Interpolate|CheckNamedValue|Errors|Auth|OldPass)'"
C = ("code", "high", "")
# escapeBytesBackslash only (escapeStringBackslash has the same lines): NUL escaped as \O instead of \0
ESC = {"file": "utils.go", "old": "\tbuf = reserveBuffer(buf, len(v)*2)\n\n\tfor _, c := range v {\n\t\tswitch c {\n\t\tcase '\\x00':\n\t\t\tbuf[pos] = '\\\\'\n\t\t\tbuf[pos+1] = '0'",
       "new": "\tbuf = reserveBuffer(buf, len(v)*2)\n\n\tfor _, c := range v {\n\t\tswitch c {\n\t\tcase '\\x00':\n\t\t\tbuf[pos] = '\\\\'\n\t\t\tbuf[pos+1] = 'O'"}
CASES = [
  dict(id="go-go-sql-driver-mysql/wrong-password", services=["mysql"], env={**ENV, "MYSQL_TEST_PASS": "wrong"}, cmd=f"go test -run {DRV} .", label=C, condition="service-present-defect",
       setup="MYSQL_TEST_PASS set to a wrong password.", why="MariaDB answered and refused the login (Error 1045: Access denied for user 'gotest'): configuration defect, the server is up."),
  dict(id="go-go-sql-driver-mysql/wrong-password-v", services=["mysql"], env={**ENV, "MYSQL_TEST_PASS": "hunter2"}, cmd=f"go test -v -run '^Test(CRUD|Int|Float32|String|NULL)$' .", label=C, condition="service-present-defect",
       setup="MYSQL_TEST_PASS set to a wrong password.", why="The server answered Error 1045 Access denied: configuration defect."),
  dict(id="go-go-sql-driver-mysql/missing-database-json", services=["mysql"], env={**ENV, "MYSQL_TEST_DBNAME": "gotest_missing"}, cmd=f"go test -json -run '^Test(CRUD|Int|Float64|String|Timezone|RowsClose)' .", label=C, condition="service-present-defect",
       setup="MYSQL_TEST_DBNAME names a database that does not exist.", why="MariaDB answered Error 1049: Unknown database 'gotest_missing': configuration defect."),
  dict(id="go-go-sql-driver-mysql/defect-escape-backslash", services=["mysql"], env=ENV, cmd=f"go test -run {UNIT} .",
       defect=ESC,
       label=C, condition="service-present-defect", why="MariaDB present; escapeBytesBackslash writes \\O for a NUL byte and TestEscapeBackslash's comparison fails."),
  dict(id="go-go-sql-driver-mysql/defect-interpolate-null-v", services=["mysql"], env=ENV, cmd=f"go test -v -run '^Test(Interpolate|NULL|CRUD|Valuer)' .",
       defect={"file": "connection.go", "old": "\t\t\tbuf = append(buf, \"NULL\"...)\n\t\t\tcontinue", "new": "\t\t\tbuf = append(buf, \"NUL\"...)\n\t\t\tcontinue"},
       label=C, condition="service-present-defect", why="MariaDB present; client-side interpolation renders NUL for nil and tests fail on assertions / server syntax errors."),
  dict(id="go-go-sql-driver-mysql/defect-dsn-readbool-json", services=["mysql"], env=ENV, cmd=f"go test -json -run '^Test(DSN|ParamsAreSorted|CloneConfig)' .",
       defect={"file": "dsn.go", "old": "\t\t\tcfg.AllowNativePasswords, isBool = readBool(value)", "new": "\t\t\tcfg.AllowCleartextPasswords, isBool = readBool(value)"},
       label=C, condition="service-present-defect", why="DSN parsing stores allowNativePasswords into the wrong field and the DSN tests' comparisons fail."),
  dict(id="go-go-sql-driver-mysql/defect-compile", services=["mysql"], env=ENV, cmd=f"go test -run {DRV} .",
       defect={"file": "connection.go", "old": "\targPos := 0\n", "new": "\targPos := 0\n\tunused := argPos\n"},
       label=C, condition="service-present-defect", why="An unused variable makes the package fail to compile ('declared but not used'): a compile error, before any test runs."),
  dict(id="go-go-sql-driver-mysql/mixed-absent-escape-defect-v", services=[], env=ENV, cmd="go test -v -run '^Test(EscapeBackslash|EscapeQuotes|CRUD|Int|String|NULL)$' .",
       defect=ESC,
       label=C, condition="mixed-absent-and-defect", why="MariaDB absent: the suite SKIPS its server tests ('MySQL server not running on tcp(127.0.0.1:3306)'); the only failure is the escaping defect in TestEscapeBackslash. A log that mentions a server not running but fails on code."),
  dict(id="go-go-sql-driver-mysql/mixed-absent-dsn-defect", services=[], env=ENV, cmd=f"go test -run {UNIT}|{DRV} .".replace("'|'", "|"),
       defect={"file": "dsn.go", "old": "\t\t\tcfg.AllowNativePasswords, isBool = readBool(value)", "new": "\t\t\tcfg.AllowCleartextPasswords, isBool = readBool(value)"},
       label=C, condition="mixed-absent-and-defect", why="MariaDB absent (server tests skipped) and a DSN-parsing defect fails the DSN tests: code."),
]
