# rabbitmq/amqp091-go's own tests, from Debian's golang-github-rabbitmq-amqp091-go-dev 1.5.0-2 (/usr/share/gocode),
# go 1.19 in GOPATH mode on the copy at /work/r2work/gopath/src; integration tests (build tag integration)
# dial amqp://guest:guest@127.0.0.1:5672/ (or $AMQP_URL). RabbitMQ = Debian's rabbitmq-server 3.10.8 started
# in the namespace as node rabbit@localhost.
import os, shutil
GOPATH = "/work/r2work/gopath"
if not os.path.isdir(GOPATH + "/src/github.com/rabbitmq/amqp091-go"):
    shutil.copytree("/usr/share/gocode/src", GOPATH + "/src", dirs_exist_ok=True)
ENV = {"GO111MODULE": "off", "GOPATH": GOPATH, "GOFLAGS": "", "GOCACHE": "/work/r2work/gocache"}
PROJECT = {"root": GOPATH + "/src/github.com/rabbitmq/amqp091-go", "runner": "go", "project": "rabbitmq/amqp091-go",
           "version": "golang-github-rabbitmq-amqp091-go-dev 1.5.0-2 (Debian bookworm), go1.19.8; rabbitmq-server 3.10.8"}
Q = ("infrastructure", "high", "rabbitmq")
C = ("code", "high", "")
ABS = "RabbitMQ was not started in the namespace; every integration test fails with 'cannot dial integration server. Is the rabbitmq-server service running? dial tcp 127.0.0.1:5672: connect: connection refused'."
OPEN = "'^TestIntegration(OpenClose|OpenCloseChannel|OpenConfig|OpenConfigWithNetDial|LocalAddr|RemoteAddr|ConnectionNegotiates)'"
QUEUE = "'^TestIntegration(Exchange|QueueDeclare|PassiveQueue|BasicQueueOperations|ChannelClosing|MeaningfulChannelErrors|NonBlockingClose)'"
PUB = "'^TestIntegration(PublishConsume|ConsumeFlow|PublishFlow|ConsumeCancel|GetOk|GetEmpty|TxCommit|TxRollback|Return|Cancel|Confirm|GetNextPublishSeqNo)'"
CASES = [
  dict(id="go-amqp091/service-absent-open-v", env=ENV, cmd=f"go test -tags integration -v -run {OPEN} .", label=Q, condition="service-absent", why=ABS),
  dict(id="go-amqp091/service-absent-queue", env=ENV, cmd=f"go test -tags integration -run {QUEUE} .", label=Q, condition="service-absent", why=ABS),
  dict(id="go-amqp091/service-absent-publish-json", env=ENV, cmd=f"go test -tags integration -json -run {PUB} .", label=Q, condition="service-absent", why=ABS),
  dict(id="go-amqp091/service-absent-env-url", env={**ENV, "AMQP_URL": "amqp://guest:guest@localhost:5672/"}, cmd=f"go test -tags integration -v -run '{OPEN[1:-1]}|{PUB[1:-1]}' .", label=Q, condition="service-absent", why=ABS.replace("127.0.0.1", "localhost (127.0.0.1)")),
  dict(id="go-amqp091/wrong-password", services=["rabbitmq"], env={**ENV, "AMQP_URL": "amqp://guest:wrong@127.0.0.1:5672/"}, cmd=f"go test -tags integration -run {OPEN} .", label=C, condition="service-present-defect",
       setup="AMQP_URL carries a wrong password for guest.", why="RabbitMQ answered and refused the login (Exception (403) ACCESS_REFUSED / username or password not allowed): configuration defect."),
  dict(id="go-amqp091/missing-vhost-v", services=["rabbitmq"], env={**ENV, "AMQP_URL": "amqp://guest:guest@127.0.0.1:5672/nosuchvhost"}, cmd=f"go test -tags integration -v -run {QUEUE} .", label=C, condition="service-present-defect",
       setup="AMQP_URL names a virtual host that does not exist.", why="RabbitMQ answered and refused the vhost (Exception (530) NOT_ALLOWED / vhost not found): configuration defect."),
  dict(id="go-amqp091/defect-publish-body", services=["rabbitmq"], env=ENV, cmd=f"go test -tags integration -v -run {PUB} .",
       defect={"file": "channel.go", "old": "\t\tBody:       msg.Body,", "new": "\t\tBody:       msg.Body[1:],"},
       label=C, condition="service-present-defect", why="RabbitMQ present; Publish drops the first body byte and the consume tests' body assertions fail."),
]
CASES += [
  dict(id="go-amqp091/service-absent-failfast-v", env=ENV, cmd="go test -tags integration -v -failfast -count=1 -run '^TestIntegration(TxCommit|TxRollback|Return|Cancel|Confirm)' .", label=Q, condition="service-absent", why=ABS + " (-failfast: the run stops at the first failure.)"),
]
