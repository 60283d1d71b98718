# lib/pq's own tests, from Debian's golang-github-lib-pq-dev 1.10.7-2 (/usr/share/gocode), run with
# go 1.19 (golang-go) in GOPATH mode on a copy of /usr/share/gocode/src at /work/r2work/gopath/src.
# Baseline (PostgreSQL 15 present, no defect): every test passes except TestHasCorrectRootGroupPermissions
# (fails because the run is root), so every case below runs a -run subset that leaves it out.
import os, shutil
GOPATH = "/work/r2work/gopath"
if not os.path.isdir(GOPATH + "/src/github.com/lib/pq"):
    shutil.copytree("/usr/share/gocode/src", GOPATH + "/src")
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/r2work/gocache",
       "PGHOST": "127.0.0.1", "PGPORT": "5432", "PGUSER": "postgres", "PGPASSWORD": "postgres",
       "PGDATABASE": "pqgotest", "PGSSLMODE": "disable"}
PROJECT = {"root": GOPATH + "/src/github.com/lib/pq", "runner": "go", "project": "lib/pq",
           "version": "golang-github-lib-pq-dev 1.10.7-2 (Debian bookworm), go1.19.8"}
CONN = "'^Test(Reconnect|CommitInFailedTransaction|OpenURL|Exec|Statment|RowsCloseBeforeDone|ParameterCountMismatch|EmptyQuery|EmptyResultSetColumns|EncodeDecode|NoData|ErrorDuringStartup|BadConn|CloseBadConn|ErrorOnExec|ErrorOnQuery|QueryRowBugWorkaround|SimpleQuery|BindError|ParseErrorInExtendedQuery|Returning|ReadFloatPrecision|NullAfterNonNull|64BitErrorChecking|Commit|ErrorClass|RuntimeParameters|QuoteIdentifier|QuoteLiteral|RowsResultTag|QuickClose)$'"
COPY = "'^TestCopy'"
ARRAY = "'Array'"
NOTIFY = "'^Test(NewListenerConn|Conn(Listen|Unlisten|UnlistenAll|Close|Ping|ExecDeadlock)|ListenerConnCloseWhileQueryIsExecuting|NotifyExtra|Listener|ConnectorWithNotificationHandler)'"
ENCODE = "'^Test(ScanTimestamp|ScanNilTimestamp|ParseTs|EncodeAndParseTs|FormatTs|TimeWith|TimestampWith|InfinityTimestamp|StringWithNul|ByteSliceToText|StringToBytea|TextByteSliceToUUID|BinaryByteSlicetoUUID|StringToUUID|TextByteSliceToInt|BinaryByteSliceToInt|TextDecodeIntoString|ByteaOutput|AppendE|FormatAndParseTimestamp)'"
GO18 = "'^Test(MultipleSimpleQuery|ContextCancel|Issue617|TxOptions|ErrorSQLState|Ping|CommitInFailedTransactionWithCancelContext|Issue494|Issue1046|Issue1062|ConnectorWithNoticeHandler|StmtQueryContext|StmtExecContext|ConnPrepareContext|NewConnector)'"
ROWS = "'^Test(DataType|RowsColumnTypes|DecodeUUID)'"
URL = "'ParseURL|MinimalURL|ParseOpts|ParseEnviron|IsUTF8'"
PG = ("infrastructure", "high", "postgresql")
CODE = ("code", "high", "")
ABSENT_WHY = "PostgreSQL was not started in the namespace; every failing test dials 127.0.0.1:5432 and the log shows 'connect: connection refused' from lib/pq."
def gt(flags, run): return f"go test {flags} -run {run} .".replace("  ", " ")
CASES = [
  dict(id="go-lib-pq/service-absent-conn-v", services=[], env=ENV, cmd=gt("-v", CONN), label=PG, condition="service-absent", why=ABSENT_WHY),
  dict(id="go-lib-pq/service-absent-copy", services=[], env=ENV, cmd=gt("", COPY), label=PG, condition="service-absent", why=ABSENT_WHY),
  dict(id="go-lib-pq/service-absent-array-json", services=[], env=ENV, cmd=gt("-json", ARRAY), label=PG, condition="service-absent", why=ABSENT_WHY + " Pure array unit tests pass; only the backend ones fail."),
  dict(id="go-lib-pq/service-absent-notify-v", services=[], env=ENV, cmd=gt("-v", NOTIFY), label=PG, condition="service-absent", why=ABSENT_WHY),
  dict(id="go-lib-pq/service-absent-encode", services=[], env=ENV, cmd=gt("-count=1", ENCODE), label=PG, condition="service-absent", why=ABSENT_WHY),
  dict(id="go-lib-pq/service-absent-go18-json", services=[], env=ENV, cmd=gt("-json", GO18), label=PG, condition="service-absent", why=ABSENT_WHY),
  dict(id="go-lib-pq/service-absent-rows-v", services=[], env=ENV, cmd=gt("-v", ROWS), label=PG, condition="service-absent", why=ABSENT_WHY),
  dict(id="go-lib-pq/wrong-password-conn", services=["pg"], env={**ENV, "PGPASSWORD": "not-the-password"}, cmd=gt("", CONN), label=CODE, condition="service-present-defect",
       setup="PGPASSWORD set to a wrong password (server expects 'postgres').", why="PostgreSQL was running and answered; it rejected the client's password ('password authentication failed'): a configuration defect, not a missing service."),
  dict(id="go-lib-pq/wrong-password-copy-v", services=["pg"], env={**ENV, "PGPASSWORD": "hunter2"}, cmd=gt("-v", COPY), label=CODE, condition="service-present-defect",
       setup="PGPASSWORD set to a wrong password.", why="The server answered and rejected the password: code/configuration defect."),
  dict(id="go-lib-pq/missing-database-go18", services=["pg"], env={**ENV, "PGDATABASE": "pqgotest_missing"}, cmd=gt("-v", GO18), label=CODE, condition="service-present-defect",
       setup="PGDATABASE names a database that does not exist.", why="PostgreSQL answered: database \"pqgotest_missing\" does not exist. The service is up; the configuration is wrong."),
  dict(id="go-lib-pq/wrong-port-notify", services=["pg"], env={**ENV, "PGPORT": "5433"}, cmd=gt("", NOTIFY), label=CODE, condition="service-present-defect",
       setup="PostgreSQL listens on 5432; PGPORT points the tests at 5433.", why="By construction the service was running and the code was configured with the wrong port (CORPUS: wrong host/port is code). The log alone shows only a refusal on 5433."),
  dict(id="go-lib-pq/defect-quoteidentifier", services=["pg"], env=ENV, cmd=gt("-v", CONN),
       defect={"file": "conn.go", "old": "return `\"` + strings.Replace(name, `\"`, `\"\"`, -1) + `\"`", "new": "return `\"` + strings.Replace(name, `\"`, `\"`, -1) + `\"`"},
       label=CODE, condition="service-present-defect", why="PostgreSQL present; QuoteIdentifier no longer doubles embedded quotes and TestQuoteIdentifier's assertion fails."),
  dict(id="go-lib-pq/defect-errorclass", services=["pg"], env=ENV, cmd=gt("", CONN),
       defect={"file": "error.go", "old": "return ErrorClass(ec[0:2])", "new": "return ErrorClass(ec[0:3])"},
       label=CODE, condition="service-present-defect", why="PostgreSQL present; ErrorCode.Class returns three characters and TestErrorClass fails."),
  dict(id="go-lib-pq/defect-copyin-json", services=["pg"], env=ENV, cmd=gt("-json", COPY),
       defect={"file": "copy.go", "old": "stmt := \"COPY \" + QuoteIdentifier(table) + \" (\"", "new": "stmt := \"COPY \" + QuoteIdentifier(table) + \" ((\""},
       label=CODE, condition="service-present-defect", why="PostgreSQL present; CopyIn builds a malformed COPY statement and the server reports a syntax error: a code defect."),
  dict(id="go-lib-pq/defect-listen", services=["pg"], env=ENV, cmd=gt("-v", NOTIFY),
       defect={"file": "notify.go", "old": "return l.ExecSimpleQuery(\"LISTEN \" + QuoteIdentifier(channel))", "new": "return l.ExecSimpleQuery(\"LISTEN \" + channel + \"_x\")"},
       label=CODE, condition="service-present-defect", why="PostgreSQL present; ListenerConn.Listen listens on the wrong channel name so notification tests time out or assert."),
  dict(id="go-lib-pq/defect-url-password", services=["pg"], env=ENV, cmd=gt("", URL),
       defect={"file": "url.go", "old": "accrue(\"password\", v)", "new": "accrue(\"passwd\", v)"},
       label=CODE, condition="service-present-defect", why="ParseURL emits 'passwd' instead of 'password'; TestFullParseURL's comparison fails."),
  dict(id="go-lib-pq/defect-compile-error", services=["pg"], env=ENV, cmd=gt("-v", CONN),
       defect={"file": "conn.go", "old": "literal = strings.Replace(literal, `'`, `''`, -1)", "new": "literal := strings.Replace(literal, `'`, `''`, -1)"},
       label=CODE, condition="service-present-defect", why="A redeclaration with := makes the package fail to compile ('no new variables on left side of :='): a compile error."),
  dict(id="go-lib-pq/mixed-absent-url-defect", services=[], env=ENV, cmd=gt("-v", "'ParseURL|MinimalURL|^TestExec$|^TestStatment$|^TestRowsCloseBeforeDone$'"),
       defect={"file": "url.go", "old": "accrue(\"password\", v)", "new": "accrue(\"passwd\", v)"},
       label=CODE, condition="mixed-absent-and-defect", why="PostgreSQL absent (connection refused) AND a real defect in ParseURL fails TestFullParseURL, which needs no server: one code failure makes the run code."),
  dict(id="go-lib-pq/mixed-absent-quote-defect-json", services=[], env=ENV, cmd=gt("-json", CONN),
       defect={"file": "conn.go", "old": "return `\"` + strings.Replace(name, `\"`, `\"\"`, -1) + `\"`", "new": "return `\"` + name + `\"`"},
       label=CODE, condition="mixed-absent-and-defect", why="PostgreSQL absent, and QuoteIdentifier broken: TestQuoteIdentifier (no server needed) fails on its assertion besides the refusals."),
  dict(id="go-lib-pq/wrong-host-encode-v", services=["pg"], env={**ENV, "PGHOST": "127.0.0.2"}, cmd=gt("-v", ENCODE), label=CODE, condition="service-present-defect",
       setup="PostgreSQL listens on 127.0.0.1 only; PGHOST points the tests at 127.0.0.2.", why="By construction the service was running and the tests were configured with the wrong host (CORPUS: wrong host/port is code). The log shows a refusal from 127.0.0.2:5432."),
]
SOCK_WHY = "PostgreSQL was not started; PGHOST names a socket directory (/tmp/r2-nopg, empty) and every failing test reports 'dial unix /tmp/r2-nopg/.s.PGSQL.5432: connect: no such file or directory' from lib/pq."
CASES += [
  dict(id="go-lib-pq/service-absent-unix-socket-conn", services=[], env={**ENV, "PGHOST": "/tmp/r2-nopg"}, pre="mkdir -p /tmp/r2-nopg;", cmd=gt("", CONN), label=PG, condition="service-absent", why=SOCK_WHY),
  dict(id="go-lib-pq/service-absent-unix-socket-copy-json", services=[], env={**ENV, "PGHOST": "/tmp/r2-nopg"}, pre="mkdir -p /tmp/r2-nopg;", cmd=gt("-json", COPY), label=PG, condition="service-absent", why=SOCK_WHY),
]
CASES += [
  dict(id="go-lib-pq/service-absent-localhost-failfast-v", services=[], env={**ENV, "PGHOST": "localhost"}, cmd=gt("-v -failfast -count=1", GO18), label=PG, condition="service-absent",
       why="PostgreSQL was not started; PGHOST=localhost, and the first failing test (a subtest) reports 'conn.PrepareContext() unexpected nil err got = dial tcp 127.0.0.1:5432: connect: connection refused, expected = <nil>' - the test's own odd wording around a refusal; -failfast stops the run there."),
]
CASES += [
  dict(id="go-lib-pq/sslmode-require-no-ssl-v", services=["pg"], env={**ENV, "PGSSLMODE": "require"}, cmd=gt("-v", ROWS), label=CODE, condition="service-present-defect",
       setup="PGSSLMODE=require while the server has ssl off.", why="PostgreSQL was running and answered that SSL is not enabled on the server ('pq: SSL is not enabled on the server'): the client's configuration does not match the server, a code/configuration defect."),
]
