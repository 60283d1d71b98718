# pinterest/pymemcache v3.5.2 (= Debian python3-pymemcache 3.5.2-1), commit 6e83416b7da74dc1258f1631b961b664304c42a3,
# unpacked at /work/s5src/pymemcache; Debian python3 3.11.2, pytest 7.2.1, pytest-cov 4.0, six 1.16.
# `python3 -m pytest` from the checkout (its pymemcache/ first on sys.path). setup.cfg's addopts apply unless
# overridden (-o addopts=): --verbose --tb=short --capture=no -rfEsxX --cov ... -m unit.
# Integration subset: -m integration -k "not tls" (test_tls needs a TLS listener on 11212; fails at baseline, never selected).
# Baseline (memcached 1.6.18 on 127.0.0.1:11211): 46 passed (integration, not tls); unit: 471 passed.
PY = "/usr/bin/python3 -m pytest -p no:cacheprovider"
NSS = [("/work/s5runs/tools-pygo/nsswitch-files.conf", "/etc/nsswitch.conf")]
PROJECT = {"root": "/work/s5src/pymemcache", "runner": "pytest", "project": "pinterest/pymemcache",
           "version": "v3.5.2 / commit 6e83416b7da74dc1258f1631b961b664304c42a3 (Debian python3 3.11.2, python3-pytest 7.2.1, python3-pytest-cov 4.0.0, python3-six 1.16.0); memcached 1.6.18"}
M = ("infrastructure", "high", "memcached")
C = ("code", "high", "")
INT = "pymemcache/test/ -m integration -k 'not tls'"
ABS = "memcached not started in the namespace; every integration test's client connect to localhost:11211 is refused (ConnectionRefusedError: [Errno 111] Connection refused)."
HNF = "memcached running on 127.0.0.1:11211 but the suite is pointed at --server memcached (a CI service-container name) and /etc/nsswitch.conf says hosts: files, so the name does not resolve (socket.gaierror: [Errno -2] Name or service not known) in every integration test."
SERDE = {"file": "pymemcache/serde.py", "old": "        flags |= FLAG_INTEGER\n        value = \"%d\" % value", "new": "        flags |= FLAG_INTEGER\n        value = \"%d\" % (value + 1)"}
INCR = {"file": "pymemcache/client/base.py", "old": "        cmd = b'incr ' + key + b' ' + value", "new": "        cmd = b'decr ' + key + b' ' + value"}
CASES = [
  dict(id="python-pymemcache/baseline", services=["memcached"], cmd=f"{PY} {INT}", label=C, condition="baseline", why="baseline"),
  dict(id="python-pymemcache/service-absent-v-cov", cmd=f"{PY} {INT}", label=M, condition="service-absent", why=ABS + " Run with setup.cfg's addopts (verbose, tb=short, coverage report)."),
  dict(id="python-pymemcache/service-absent-q", cmd=f"{PY} -o addopts= -q {INT}", label=M, condition="service-absent", why=ABS),
  dict(id="python-pymemcache/service-absent-x-long", cmd=f"{PY} -o addopts= -x --tb=long -rfE {INT}", label=M, condition="service-absent", why=ABS + " (-x: stops at the first failure.)"),
  dict(id="python-pymemcache/host-not-found-memcached-v", services=["memcached"], mounts=NSS, cmd=f"{PY} {INT} --server memcached", label=M, condition="host-not-found", why=HNF),
  dict(id="python-pymemcache/host-not-found-memcached-q-line", services=["memcached"], mounts=NSS, cmd=f"{PY} -o addopts= -q --tb=line {INT} --server memcached", label=M, condition="host-not-found", why=HNF + " (--tb=line.)"),
  dict(id="python-pymemcache/defect-incr-sends-decr", services=["memcached"], defect=INCR, cmd=f"{PY} {INT}", label=C, condition="service-present-defect",
       why="memcached running; Client.incr sends the decr command, so test_incr_decr gets wrong values (assertion). A code defect."),
  dict(id="python-pymemcache/defect-serde-int-q", services=["memcached"], defect=SERDE, cmd=f"{PY} -o addopts= -q -m 'unit or integration' -k 'not tls' pymemcache/test/", label=C, condition="service-present-defect",
       why="memcached running; the python-memcache serializer writes int values off by one, failing serde unit tests and integration round-trips (assertions)."),
  dict(id="python-pymemcache/mixed-absent-serde-defect", defect=SERDE, cmd=f"{PY} -o addopts= --tb=short -rfE -m 'unit or integration' -k 'not tls' pymemcache/test/", label=C, condition="mixed-absent-and-defect",
       why="memcached absent (integration tests refused) AND the serializer writes ints off by one, failing test_serde's unit tests, which need no server: code."),
]
