# gomodule/redigo's own tests, from Debian's golang-github-gomodule-redigo-dev 1:1.8.3-1 (/usr/share/gocode),
# go 1.19 in GOPATH mode on the copy at /work/r2work/gopath/src (see go_pq.py). The suite starts its own
# redis-server (from PATH, flag -redis-server) on 127.0.0.1:16379; "service absent" = no redis-server on PATH
# (PATH holds only the go tool: /work/r2work/nobin/go -> /usr/lib/go-1.19/bin/go; CGO_ENABLED=0 so no gcc needed).
# Baseline (redis-server 7.0.15 from redis-server on PATH, no defect): ok.
import os, shutil
GOPATH = "/work/r2work/gopath"
if not os.path.isdir(GOPATH + "/src/github.com/gomodule/redigo"):
    shutil.copytree("/usr/share/gocode/src", GOPATH + "/src", dirs_exist_ok=True)
os.makedirs("/work/r2work/nobin", exist_ok=True)
if not os.path.exists("/work/r2work/nobin/go"):
    os.symlink("/usr/lib/go-1.19/bin/go", "/work/r2work/nobin/go")
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/r2work/gocache", "CGO_ENABLED": "0"}
NOSRV = {**ENV, "PATH": "/work/r2work/nobin"}
PROJECT = {"root": GOPATH + "/src/github.com/gomodule/redigo/redis", "runner": "go", "project": "gomodule/redigo",
           "version": "golang-github-gomodule-redigo-dev 1:1.8.3-1 (Debian bookworm), go1.19.8; redis-server 7.0.15"}
R = ("infrastructure", "high", "redis")
C = ("code", "high", "")
ABS = "No redis-server binary on PATH, so the suite cannot start the Redis server its tests need; every failing test reports exec: \"redis-server\": executable file not found in $PATH from the test server starter."
CONN = "'^Test(DoCommands|PipelineCommands|BlankCommand|RecvBeforeSend|Error|ReadTimeout|DialClientName|ExecError|WithTimeout)$'"
POOL = "'^Test(Pool|WaitPool|Locking)'"
UNIT = "'^Test(Write|Read|ReadString|DialURLErrors|DialURLPort|DialURLHost|DialURL|Reply|ScanConversion|ScanConversionError|ScanStruct|BadScanStructArgs|ScanSlice|Args|ScanPtrRedisScan)$'"
INT = {"file": "reply.go", "old": "\t\tcase string:\n\t\t\tresult[i] = v\n\t\t\treturn nil", "new": "\t\tcase string:\n\t\t\tresult[i] = v + \" \"\n\t\t\treturn nil"}
CASES = [
  dict(id="go-redigo/service-absent-conn-v", env=NOSRV, cmd=f"go test -v -run {CONN} .", label=R, condition="service-absent", why=ABS),
  dict(id="go-redigo/service-absent-pool", env=NOSRV, cmd=f"go test -run {POOL} .", label=R, condition="service-absent", why=ABS),
  dict(id="go-redigo/service-absent-script-pubsub-json", env=NOSRV, cmd="go test -json -run '^Test(Script|Pushed|SlowLog|Reply|ScanSlice)$' .", label=R, condition="service-absent", why=ABS + " Pure unit tests in the same run pass."),
  dict(id="go-redigo/defect-strings-reply", env=ENV, cmd=f"go test -run {UNIT}|{CONN}|{POOL} .".replace("'|'", "|"), defect=INT,
       label=C, condition="service-present-defect", why="redis-server available; redis.Strings appends a space to string elements and TestReply's comparison fails."),
  dict(id="go-redigo/defect-writelen-v", env=ENV, cmd=f"go test -v -run {CONN} .",
       defect={"file": "conn.go", "old": "\tc.writeLen('$', len(s))\n\tc.bw.WriteString(s)", "new": "\tc.writeLen('$', len(s)+1)\n\tc.bw.WriteString(s)"},
       label=C, condition="service-present-defect", why="redis-server available; the client writes wrong bulk-string lengths, so the server reports protocol errors / the connection breaks: a code defect in the protocol writer."),
  dict(id="go-redigo/defect-scanstruct-json", env=ENV, cmd=f"go test -json -run {UNIT} .",
       defect={"file": "scan.go", "old": "var errScanStructValue = errors.New(\"redigo.ScanStruct: value must be non-nil pointer to a struct\")", "new": "var errScanStructValue = errors.New(\"redigo.ScanStruct: value must be non-nil pointer to a struct\")\nvar _ = strconv.Itoa(nil)"},
       label=C, condition="service-present-defect", why="A type error makes the package fail to compile (cannot use nil as int value): compile error."),
  dict(id="go-redigo/mixed-absent-strings-defect-v", env=NOSRV, cmd=f"go test -v -run {UNIT}|{CONN} .".replace("'|'", "|"), defect=INT,
       label=C, condition="mixed-absent-and-defect", why="redis-server absent (executable not found for the server tests) AND redis.Strings is broken, failing TestReply, which needs no server: code."),
]
CASES += [
  dict(id="go-redigo/service-absent-failfast-json", env=NOSRV, cmd="go test -json -failfast -count=1 -run '^Test(DoCommands|PipelineCommands|Script|Pushed)$' .", label=R, condition="service-absent", why=ABS + " (-failfast.)"),
]
