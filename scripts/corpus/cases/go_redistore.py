# boj/redistore (a Redis store for gorilla/sessions, on redigo): Debian's golang-github-boj-redistore-dev
# 1.2+git20180917.cd5dcc7-3 ships redistore.go identical to upstream commit cd5dcc76aeff9ba06b0a924829fe24fd69cdd517,
# but strips its tests; the upstream redistore_test.go of that commit (fetched from GitHub) was put beside it in a copy
# of /usr/share/gocode/src at /work/uw2/gopath/src. go 1.19, GOPATH mode; redigo from golang-github-gomodule-redigo-dev.
# The tests read REDIS_HOST / REDIS_PORT (default 127.0.0.1:6379); TestPingGoodPort/TestPingBadPort use :6379 / :6378.
# Baseline (Redis present, no defect): `go test -count=1 .` ok (TestRediStore, TestPingGoodPort, TestPingBadPort).
GOPATH = "/work/uw2/gopath"
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/uw2/gocache"}
PROJECT = {"root": GOPATH + "/src/github.com/boj/redistore", "runner": "go", "project": "boj/redistore",
           "version": "commit cd5dcc76aeff9ba06b0a924829fe24fd69cdd517 (as Debian's golang-github-boj-redistore-dev 1.2+git20180917.cd5dcc7-3, tests from upstream), redigo 1.8.3 (Debian golang-github-gomodule-redigo-dev 1:1.8.3-1), go1.19.8",
           "service_env": {"R2_STATE": "/tmp/r2state-jvmgo"}}
RD = ("infrastructure", "high", "redis")
CODE = ("code", "high", "")
def gt(flags): return f"go test -count=1 {flags} .".replace("  ", " ")
ABSENT = ("Redis was not started in the namespace; NewRediStore pings the server and every test fails on "
          "'dial tcp 127.0.0.1:6379: connect: connection refused' (TestPingGoodPort also on its consequence 'Expected server "
          "to PONG'); TestPingBadPort, which expects a refusal, passes.")
HOSTS = [("/work/uw2/etc/nsswitch-files.conf", "/etc/nsswitch.conf")]
HNF = ("REDIS_HOST=redis (a CI service-container name) does not resolve here (nsswitch 'hosts: files'): TestRediStore "
       "fails on the lookup (Go's files-only resolver: 'dial tcp: address redis: no suitable address found'; with the resolver unreachable: 'lookup redis on ...:53: ... network is unreachable'); TestPingGoodPort (hard-coded :6379) is refused since Redis "
       "is not running either. Every failure is the Redis client failing to reach its server.")
PREFIX = {"file": "redistore.go", "old": "data, err := conn.Do(\"GET\", s.keyPrefix+session.ID)", "new": "data, err := conn.Do(\"GET\", session.ID)"}
PING = {"file": "redistore.go", "old": "\tif err != nil || data == nil {\n\t\treturn false, err\n", "new": "\tif err != nil || data == nil {\n\t\treturn false, nil\n"}
CASES = [
  dict(id="go-boj-redistore/service-absent", services=[], env=ENV, cmd=gt(""), label=RD, condition="service-absent", why=ABSENT),
  dict(id="go-boj-redistore/service-absent-v", services=[], env=ENV, cmd=gt("-v"), label=RD, condition="service-absent", why=ABSENT),
  dict(id="go-boj-redistore/service-absent-json", services=[], env=ENV, cmd=gt("-json"), label=RD, condition="service-absent", why=ABSENT),
  dict(id="go-boj-redistore/host-not-found", services=[], env={**ENV, "REDIS_HOST": "redis"}, mounts=HOSTS, cmd=gt(""), label=RD, condition="host-not-found", why=HNF,
       setup="REDIS_HOST=redis; nsswitch 'hosts: files' bind-mounted (no DNS), so the name does not resolve; Redis not started."),
  dict(id="go-boj-redistore/host-not-found-v", services=[], env={**ENV, "REDIS_HOST": "redis"}, mounts=HOSTS, cmd=gt("-v"), label=RD, condition="host-not-found", why=HNF,
       setup="REDIS_HOST=redis; nsswitch 'hosts: files' bind-mounted (no DNS), so the name does not resolve; Redis not started."),
  dict(id="go-boj-redistore/client-absent", services=["redis"], env=ENV, mounts=[("/work/uw2/empty", GOPATH + "/src/github.com/gomodule/redigo")], cmd=gt(""),
       label=RD, condition="client-absent", setup="Redis running; the redigo client package directory (github.com/gomodule/redigo in GOPATH) emptied with a bind mount, as when the dependency was never fetched.",
       why="The Redis client library (redigo) is not installed: the build fails with 'cannot find package \"github.com/gomodule/redigo/redis\"'. A missing service client."),
  dict(id="go-boj-redistore/client-absent-json", services=["redis"], env=ENV, mounts=[("/work/uw2/empty", GOPATH + "/src/github.com/gomodule/redigo")], cmd=gt("-json"),
       label=RD, condition="client-absent", setup="Redis running; the redigo client package directory (github.com/gomodule/redigo in GOPATH) emptied with a bind mount, as when the dependency was never fetched.",
       why="The Redis client library (redigo) is not installed: the build fails with 'cannot find package \"github.com/gomodule/redigo/redis\"'. A missing service client."),
  dict(id="go-boj-redistore/defect-load-key", services=["redis"], env=ENV, cmd=gt("-v"), defect=PREFIX, label=CODE, condition="service-present-defect",
       why="Redis present; load() reads the session without the key prefix save() wrote it under, so saved flashes never come back and TestRediStore's assertions fail."),
  dict(id="go-boj-redistore/defect-load-key-plain", services=["redis"], env=ENV, cmd=gt(""), defect=PREFIX, label=CODE, condition="service-present-defect",
       why="Redis present; load() reads the session without the key prefix save() wrote it under, so saved flashes never come back and TestRediStore's assertions fail."),
  dict(id="go-boj-redistore/mixed-absent-ping-defect", services=[], env=ENV, cmd=gt("-v"), defect=PING, label=CODE, condition="mixed-absent-and-defect",
       why="Redis absent AND ping() swallows the dial error: TestPingBadPort, which needs no server (it expects the refusal on :6378), fails 'Expected error'; a code failure besides the outage makes the run code."),
]
CASES += [
  dict(id="go-boj-redistore/host-not-found-dns-json", services=[], env={**ENV, "REDIS_HOST": "redis"}, cmd=gt("-json"), label=RD, condition="host-not-found", why=HNF,
       setup="REDIS_HOST=redis; the namespace's resolver (10.255.255.53 in /etc/resolv.conf) is unreachable from the private network namespace; Redis not started."),
]
