# pika/pika 1.2.0 (= Debian python3-pika 1.2.0-1), commit 0537c8f3be313d1e408c5bdfa85c186de175d618, unpacked at
# /work/s5src/pika; Debian python3 3.11.2, pytest 7.2.1, python3-mock; RabbitMQ 3.10 from Debian (guest/guest on 127.0.0.1:5672).
# `python3 -m pytest` from the checkout (its pika/ first on sys.path). tornado, gevent and twisted are not installed: their
# test modules are ignored and their adapter variants deselected (-k "not gevent and not tornado and not twisted").
# blocking_adapter_test.py hard-codes amqp://guest:guest@127.0.0.1:5672; async_adapter_tests.py connects to host 'localhost'.
# Baseline (RabbitMQ running): tests/unit + async_adapter_tests + blocking_adapter_test -> 289 passed, 39 skipped, 78 deselected.
PY = "/usr/bin/python3 -m pytest -p no:cacheprovider"
SEL = ("tests/unit tests/acceptance/async_adapter_tests.py tests/acceptance/blocking_adapter_test.py "
       "--ignore=tests/unit/io_services_test_stubs_test.py --ignore=tests/unit/tornado_tests.py -k 'not gevent and not tornado and not twisted'")
ACC = "tests/acceptance/async_adapter_tests.py tests/acceptance/blocking_adapter_test.py -k 'not gevent and not tornado and not twisted'"
PROJECT = {"root": "/work/s5src/pika", "runner": "pytest", "project": "pika/pika", "timeout": 900,
           "version": "1.2.0 / commit 0537c8f3be313d1e408c5bdfa85c186de175d618 (Debian python3 3.11.2, python3-pytest 7.2.1, python3-mock); RabbitMQ 3.10.8"}
Q = ("infrastructure", "high", "rabbitmq")
C = ("code", "high", "")
ABS = "RabbitMQ not started in the namespace; every acceptance test's connection to 127.0.0.1:5672 / localhost:5672 is refused (pika AMQPConnectionError wrapping ConnectionRefusedError)."
FRAME = {"file": "pika/frame.py", "old": "    if data_in[frame_end - 1:frame_end] != byte(spec.FRAME_END):", "new": "    if data_in[frame_end - 1:frame_end] == byte(spec.FRAME_END):"}
HOSTS = "mount --bind /work/s5runs/tools-pygo/hosts-nolocalhost /etc/hosts; mount --bind /work/s5runs/tools-pygo/nsswitch-files.conf /etc/nsswitch.conf;"
CASES = [
  dict(id="python-pika/baseline", services=["rabbitmq"], cmd=f"{PY} -q {SEL}", label=C, condition="baseline", why="baseline"),
  dict(id="python-pika/service-absent-q-short", cmd=f"{PY} -q --tb=short --show-capture=no {ACC}", label=Q, condition="service-absent", why=ABS),
  dict(id="python-pika/service-absent-all-x", cmd=f"{PY} -x -rfE {SEL}", label=Q, condition="service-absent", why=ABS + " Unit tests and acceptance tests in one run, -x (stops at the first failure; unit tests before it pass)."),
  dict(id="python-pika/host-not-found-localhost-async", services=["rabbitmq"], mount_ns=True, pre=HOSTS, cmd=f"{PY} -q --tb=short --show-capture=no tests/acceptance/async_adapter_tests.py -k 'not gevent and not tornado and not twisted'", label=Q, condition="host-not-found",
       why="RabbitMQ running on 127.0.0.1:5672, but after it started /etc/hosts was replaced (bind mount) by one without a localhost entry and nsswitch.conf says hosts: files; the async adapter tests connect to host 'localhost', which no longer resolves (pika's getaddrinfo fails: Name or service not known)."),
  dict(id="python-pika/defect-frame-end", services=["rabbitmq"], defect=FRAME, cmd=f"{PY} -q --tb=short --show-capture=no {SEL}", label=C, condition="service-present-defect",
       why="RabbitMQ running; pika's frame decoder rejects every frame whose FRAME_END marker is correct (condition inverted), so frame unit tests fail and every connection fails during the handshake with InvalidFrameError / connection errors: a code defect."),
  dict(id="python-pika/mixed-absent-frame-defect", defect=FRAME, cmd=f"{PY} -q --tb=short --show-capture=no {SEL}", label=C, condition="mixed-absent-and-defect",
       why="RabbitMQ absent (acceptance tests refused) AND the frame decoder's FRAME_END check is inverted, failing tests/unit/frame_tests.py's decode tests, which need no server: code."),
]
AUTHREPR = {"file": "pika/exceptions.py", "old": "        return ('%s: Server and client could not negotiate use of the %s '", "new": "        return ('%s: Server and client could not negotiate use of %s '"}
CASES += [
  dict(id="python-pika/mixed-absent-autherror-repr-defect", defect=AUTHREPR, cmd=f"{PY} -q --tb=short --show-capture=no {SEL}", label=C, condition="mixed-absent-and-defect",
       why="RabbitMQ absent (acceptance tests refused) AND AuthenticationError.__repr__ drops a word, failing tests/unit/exceptions_test.py::test_authentication_error_repr, which needs no server: code."),
]
