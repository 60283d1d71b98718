# streadway/amqp from Debian's golang-github-streadway-amqp-dev 0.0~git20200716.e6b33f4-3 (its _test.go ship under
# /usr/share/gocode), go1.19.8 GOPATH mode on a copy of /usr/share/gocode/src at /work/s7src/gopath/src.
# Integration tests need -tags integration and AMQP_URL (default "amqp://" = guest@localhost:5672); Debian patched
# integrationConnection to t.Fatalf("cannot dial integration server. Is the rabbitmq-server service running? %s").
GOPATH = "/work/s7src/gopath"
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/s7src/gocache"}
URL = "AMQP_URL=amqp://guest:guest@127.0.0.1:5672/"
PROJECT = {"root": GOPATH + "/src/github.com/streadway/amqp", "runner": "go", "project": "streadway/amqp", "env": ENV,
           "version": "golang-github-streadway-amqp-dev 0.0~git20200716.e6b33f4-3 (Debian bookworm; upstream e6b33f4), go1.19.8 GOPATH mode; rabbitmq-server 3.10"}
C = ("code", "high", "")
R = ("infrastructure", "high", "rabbitmq")
INTEG = "'^TestIntegration(OpenClose|OpenCloseChannel|OpenConfig|Exchange|BasicQueueOperations|PublishConsume|GetOk|GetEmpty|TxCommit|Confirm)$'"
UNIT = "'^Test(URI|DefaultClientProperties|CustomClientProperties|Open|ChannelOpen|OpenFailed)'"
BOTH = "'^TestIntegration(OpenClose|OpenCloseChannel|OpenConfig|Exchange|BasicQueueOperations|PublishConsume|GetOk|GetEmpty|TxCommit|Confirm)$|^Test(URI|DefaultClientProperties|CustomClientProperties|Open|ChannelOpen|OpenFailed)'"
BODY = {"file": "channel.go", "old": "\t\tBody:       msg.Body,", "new": "\t\tBody:       msg.Body[:len(msg.Body)/2],"}
VHOST = {"file": "uri.go", "old": "\t\t\t} else if len(u.Path) > 1 {\n\t\t\t\tbuilder.Vhost = u.Path[1:]", "new": "\t\t\t} else if len(u.Path) > 1 {\n\t\t\t\tbuilder.Vhost = u.Path[0:]"}
NSS = [("/work/s7runs/tools/nsswitch-files.conf", "/etc/nsswitch.conf")]
CASES = [
  dict(id="go-streadway-amqp/baseline", services=["rabbitmq"], cmd=f"env {URL} go test -count=1 -tags integration -v -run {BOTH} .", label=C, condition="baseline", why="baseline"),
  dict(id="go-streadway-amqp/service-absent", cmd=f"env {URL} go test -count=1 -tags integration -run {INTEG} .", label=R, condition="service-absent",
       why="RabbitMQ not started in the namespace; every integration test fails in integrationConnection: 'cannot dial integration server. Is the rabbitmq-server service running? dial tcp 127.0.0.1:5672: connect: connection refused'."),
  dict(id="go-streadway-amqp/service-absent-v", cmd=f"env {URL} go test -count=1 -tags integration -v -run {BOTH} .", label=R, condition="service-absent",
       why="RabbitMQ not started; the integration tests fail on connection refused, the unit tests (fake server pipes) pass."),
  dict(id="go-streadway-amqp/service-absent-json-default-url", cmd=f"go test -count=1 -tags integration -json -run {INTEG} .", label=R, condition="service-absent",
       why="RabbitMQ not started; AMQP_URL unset so the suite dials its default amqp:// (localhost:5672): connection refused in every integration test."),
  dict(id="go-streadway-amqp/host-not-found-rabbitmq", services=["rabbitmq"], mounts=NSS, cmd=f"env AMQP_URL=amqp://guest:guest@rabbitmq:5672/ go test -count=1 -tags integration -v -run {INTEG} .", label=R, condition="host-not-found",
       why="AMQP_URL names the CI service-container host 'rabbitmq', which does not resolve (nsswitch hosts: files; RabbitMQ itself runs on 127.0.0.1): 'dial tcp: lookup rabbitmq ... no such host' in every integration test."),
  dict(id="go-streadway-amqp/host-not-found-internal", services=["rabbitmq"], cmd=f"env AMQP_URL=amqp://guest:guest@rabbitmq.ci.internal:5672/ go test -count=1 -tags integration -run {INTEG} .", label=R, condition="host-not-found",
       why="AMQP_URL names rabbitmq.ci.internal; the namespace has no route to a resolver, so the lookup fails in every integration test."),
  dict(id="go-streadway-amqp/defect-publish-half-body", services=["rabbitmq"], defect=BODY, cmd=f"env {URL} go test -count=1 -tags integration -v -run {INTEG} .", label=C, condition="service-present-defect",
       why="RabbitMQ running; Channel.Publish sends only the first half of each message body, so consumers receive truncated bodies and the publish/consume/get tests fail on body comparison: a code defect."),
  dict(id="go-streadway-amqp/mixed-absent-vhost-defect", defect=VHOST, cmd=f"env {URL} go test -count=1 -tags integration -v -run {BOTH} .", label=C, condition="mixed-absent-and-defect",
       why="RabbitMQ absent (integration tests fail on connection refused) AND ParseURI keeps the leading '/' of the vhost, failing TestURISpec/TestURIComplete, which need no server: code."),
]
