# PyMySQL/mysqlclient v1.4.6 (= Debian python3-mysqldb 1.4.6-2+b1), commit 17a75eae9f97efa1f71581052ad8f497103ed515,
# unpacked at /work/s5src/mysqlclient. No compiler build: Debian's compiled MySQLdb/_mysql.cpython-311-x86_64-linux-gnu.so
# (links libmariadb.so.3) and release.py copied into the checkout's MySQLdb/ (its .py files are identical to Debian's).
# Tests' own config mechanism: TESTDB=<file in tests/> (option file, group [MySQLdb-tests]); tests/s5.cnf written here:
# host=127.0.0.1 port=3306 user=gotest password=secret database=test default-character-set=utf8mb4 (tests/s5-mysqlhost.cnf: host=mysql).
# Debian python3 3.11.2, pytest 7.2.1, python3-mock. MariaDB 10.11 from Debian.
# Baseline: pytest -q tests -k 'not test_binary_prefix' -> 88 passed (test_binary_prefix fails at baseline: MariaDB 10.11 reports
# CHARSET() 'utf8mb3', the test expects 'utf8'; never selected except in whole-suite runs with the server absent).
PY = "/usr/bin/python3 -m pytest -p no:cacheprovider"
NSS = [("/work/s5runs/tools-pygo/nsswitch-files.conf", "/etc/nsswitch.conf")]
CLEAN = "mariadb -S $R2_STATE/mysqlrun/mysqld.sock -e 'DROP PROCEDURE IF EXISTS test.test_sp' 2>/dev/null;"
PROJECT = {"root": "/work/s5src/mysqlclient", "runner": "pytest", "project": "PyMySQL/mysqlclient",
           "version": "v1.4.6 / commit 17a75eae9f97efa1f71581052ad8f497103ed515 with Debian's compiled _mysql (python3-mysqldb 1.4.6-2+b1, libmariadb3 10.11); Debian python3 3.11.2, python3-pytest 7.2.1; MariaDB 10.11",
           "env": {"TESTDB": "s5.cnf"}, "pre": CLEAN}
Y = ("infrastructure", "high", "mysql")
C = ("code", "high", "")
K = "-k 'not test_binary_prefix'"
ABS = "MariaDB not started in the namespace; every test's MySQLdb.connect to 127.0.0.1:3306 fails with OperationalError (2002, \"Can't connect to server on '127.0.0.1' (115)\")."
HNF = "MariaDB running on 127.0.0.1:3306 but the tests' option file (TESTDB=s5-mysqlhost.cnf) names host = mysql (a CI service-container name) and /etc/nsswitch.conf says hosts: files: OperationalError (2005, \"Unknown server host 'mysql' (-2)\") in every test that connects."
TIMES = {"file": "MySQLdb/times.py", "old": "    return '%d %d:%d:%d' % (v.days, hours, minutes, seconds)", "new": "    return '%d %d:%d:%d' % (v.days, minutes, hours, seconds)"}
FETCHMANY = {"file": "MySQLdb/cursors.py", "old": "        end = self.rownumber + (size or self.arraysize)\n        result = self._rows[self.rownumber:end]", "new": "        end = self.rownumber + (size or self.arraysize) - 1\n        result = self._rows[self.rownumber:end]"}
LONG = {"file": "MySQLdb/converters.py", "old": "    FIELD_TYPE.LONG: int,", "new": "    FIELD_TYPE.LONG: str,"}
HIDE = CLEAN + ("mount --bind /usr/lib/x86_64-linux-gnu /work/s5src/hide/liborig; "
        "mount --bind /work/s5src/hide/lib-nomariadb /usr/lib/x86_64-linux-gnu;")
CASES = [
  dict(id="python-mysqlclient/baseline", services=["mysql"], cmd=f"{PY} -q tests {K}", label=C, condition="baseline", why="baseline"),
  dict(id="python-mysqlclient/service-absent-q-short", cmd=f"{PY} -q --tb=short tests {K}", label=Y, condition="service-absent", why=ABS),
  dict(id="python-mysqlclient/service-absent-v-short", cmd=f"{PY} -v --tb=short tests/test_MySQLdb_dbapi20.py tests/test_cursor.py tests/test__mysql.py", label=Y, condition="service-absent", why=ABS),
  dict(id="python-mysqlclient/service-absent-unittest", cmd="/usr/bin/python3 -m unittest discover -s tests -p 'test_*.py'", runner="unittest", label=Y, condition="service-absent",
       why=ABS + " Run with unittest discovery (whole suite; the times tests, which need no server, pass)."),
  dict(id="python-mysqlclient/host-not-found-mysql-q-line", services=["mysql"], mounts=NSS, env={"TESTDB": "s5-mysqlhost.cnf"}, cmd=f"{PY} -q --tb=line tests {K}", label=Y, condition="host-not-found", why=HNF),
  dict(id="python-mysqlclient/host-not-found-mysql-x-rf", services=["mysql"], mounts=NSS, env={"TESTDB": "s5-mysqlhost.cnf"}, cmd=f"{PY} -x -rfE --tb=short tests/test_cursor.py tests/test_MySQLdb_capabilities.py {K}", label=Y, condition="host-not-found", why=HNF + " (-x.)"),
  dict(id="python-mysqlclient/client-absent-libmariadb", services=["mysql"], mount_ns=True, pre=HIDE, cmd=f"{PY} -q tests {K}", label=Y, condition="client-absent",
       why="MariaDB running; the MariaDB client library is missing (libmariadb.so.3 hidden: /usr/lib/x86_64-linux-gnu replaced by symlinks to every entry but libmariadb*, as when libmariadb3 is not installed), so importing MySQLdb fails: ImportError: libmariadb.so.3: cannot open shared object file, at collection of every test module that imports MySQLdb."),
  dict(id="python-mysqlclient/defect-fetchmany", services=["mysql"], defect=FETCHMANY, cmd=f"{PY} -q tests {K}", label=C, condition="service-present-defect",
       why="MariaDB running; the stored-result cursor's fetchmany returns one row too few, failing dbapi20's fetchmany tests (assertions)."),
  dict(id="python-mysqlclient/defect-long-as-str-v", services=["mysql"], defect=LONG, cmd=f"{PY} -v --tb=short tests {K}", label=C, condition="service-present-defect",
       why="MariaDB running; the converter maps INT columns to str, so fetched integers compare unequal / break arithmetic in tests (assertions, TypeErrors)."),
  dict(id="python-mysqlclient/mixed-absent-times-defect-short", defect=TIMES, cmd=f"{PY} -q --tb=short tests {K}", label=C, condition="mixed-absent-and-defect",
       why="MariaDB absent (every connecting test fails with OperationalError 2002) AND format_TIMEDELTA swaps hours and minutes, failing test_MySQLdb_times' unit tests, which need no server: code."),
]
