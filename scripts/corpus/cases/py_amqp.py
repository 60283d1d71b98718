# celery/py-amqp v5.1.1 (= Debian python3-amqp 5.1.1-1), commit 2ac44d526cff79a059a5b270b736aa58c6c90bb2, unpacked at
# /work/uwt/py-amqp; Debian python3 3.11.2, pytest 7.2.1, python3-pytest-rerunfailures (the tests' @flaky(reruns=5) marks),
# python3-vine; RabbitMQ 3.10 from Debian (guest/guest on 127.0.0.1:5672). `python3 -m pytest` from the checkout (its amqp/
# first on sys.path). Integration tests run as tox's integration env does (`-E rabbitmq t/integration`), without the TLS
# variants (-k 'not tls': no TLS listener, and two of them reach badssl.com). RABBITMQ_HOST (default localhost) names the broker.
# Baseline (RabbitMQ running): t/unit 310 passed; t/integration -k 'not tls' 44 passed, 13 deselected.
PY = "/usr/bin/python3 -m pytest -p no:cacheprovider"
INT = "-E rabbitmq t/integration -k 'not tls'"
ALL = "-E rabbitmq t/unit t/integration -k 'not tls'"
PROJECT = {"root": "/work/uwt/py-amqp", "runner": "pytest", "project": "celery/py-amqp", "timeout": 900,
           "version": "v5.1.1 / commit 2ac44d526cff79a059a5b270b736aa58c6c90bb2 (Debian python3 3.11.2, python3-pytest 7.2.1, python3-pytest-rerunfailures); RabbitMQ 3.10.8"}
Q = ("infrastructure", "high", "rabbitmq")
C = ("code", "high", "")
ABS = "RabbitMQ not started in the namespace; test_connect[plain] fails and the test_rabbitmq_operations fixture (setup_conn: connection.connect()) errors at setup with ConnectionRefusedError: [Errno 111] Connection refused, each after 5 reruns; the mocked integration tests pass."
NOHOST = [("/work/uw/etc/nsswitch-hosts-files.conf", "/etc/nsswitch.conf")]
BITS = {"file": "amqp/serialization.py", "old": "            bits[-1] |= (val << shift)", "new": "            bits[-1] |= (val >> shift)"}
SURR = {"file": "amqp/utils.py", "old": "        return s.encode('utf-8', 'surrogatepass')", "new": "        return s.encode('utf-8')"}
CASES = [
  dict(id="python-py-amqp/service-absent", cmd=f"{PY} -q {INT}", label=Q, condition="service-absent", why=ABS),
  dict(id="python-py-amqp/service-absent-xv", cmd=f"{PY} -xv {INT}", label=Q, condition="service-absent",
       why=ABS + " Run as tox's integration command (-xv): stops at the first failure, test_connect[plain] after its reruns."),
  dict(id="python-py-amqp/host-not-found-rabbitmq", cmd=f"{PY} -q --tb=short {INT}", env={"RABBITMQ_HOST": "rabbitmq"}, mounts=NOHOST, services=["rabbitmq"],
       label=Q, condition="host-not-found",
       why="RABBITMQ_HOST=rabbitmq (the CI service-container name) with nsswitch.conf 'hosts: files' bind-mounted: every connection attempt fails in getaddrinfo (socket.gaierror: [Errno -2] Name or service not known). RabbitMQ itself runs on 127.0.0.1, unconfigured."),
  dict(id="python-py-amqp/defect-bit-packing", services=["rabbitmq"], defect=BITS, cmd=f"{PY} -q --tb=short {ALL}", label=C, condition="service-present-defect",
       why="RabbitMQ running; the AMQP argument serializer shifts bit flags the wrong way, so only the first bit of a group is ever set: serialization unit tests fail and methods with several flags go out wrong: a code defect."),
  dict(id="python-py-amqp/mixed-absent-surrogates", defect=SURR, cmd=f"{PY} -q --tb=short {ALL}", label=C, condition="mixed-absent-and-defect",
       why="RabbitMQ absent (integration tests refused) AND str_to_bytes no longer passes surrogates through, failing t/unit/test_utils.py::test_str_to_bytes::test_supports_surrogates (UnicodeEncodeError), which needs no server: code."),
]
