# Attack 27e (ea7434f over 1f27b19): the fixes after attacks 27a to 27d. The refusals are real
# (nothing listens on 6379, run under `unshare --net` with lo up, where no name resolves); every
# defect fails with its services up too. Sourced by generate.sh.

# 35ccd6d keeps a conflated unit (two tests of one name read as one, units.ts `identities`) at most
# ambiguous when it holds a null handle or a timeout; a chain of one twin that the other twin's
# refusal settles (settleChain, any sure refusal later in the unit) still vanishes.
K=same-name
record $K pytest-native-same-name-file-twin-chain-settled-by-redis-twin pytest python code ambiguous pytest-attack27e-same-name-chain \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider --tb=native tests"' \
  "tests/file_backend/test_store.py::test_roundtrip and tests/redis_backend/test_store.py::test_roundtrip. FileStore.put writes root/key where get reads root/key.json (_path), so get's open raises FileNotFoundError, which FileStore re-raises as the project's kvstore.StoreUnavailableError (raise ... from e, a class every backend raises). pytest heads both failures '___ test_roundtrip ___': one unit. Python's 'direct cause' link puts the FileNotFoundError in the unit's chain, the wrapper headline (class ending UnavailableError, message 'unavailable') is handled, and the redis twin's ConnectionRefusedError printed after it settles the chain (settleChain): nothing of the file twin is left. 29f6fa7 counts the two short-summary paths as two failures and 35ccd6d's twinExcused covers only consequences and timeouts: infrastructure/high [redis] (1f27b19: infrastructure/ambiguous, 'the runner reports 2 failure(s) but printed 1'). With Redis up the file twin fails the same."

# d01631b reads pg8000's 'Can't create a connection to host X' over any name but localhost by the DNS
# rules (interpret.ts interpretDns): a name that is a service's host name is that service missing,
# for sure, whichever client dialled it. A database client pointed at the cache's host is a defect.
K=client-named-code
record $K pytest-pg8000-dials-redis-host-copied-setting pytest python infrastructure ambiguous py-attack27e-pg8000-redis-host \
  '/usr/bin/python3 -m venv --system-site-packages .venv >/dev/null && .venv/bin/pip install -q -r requirements.txt >/dev/null 2>&1 && unshare --net sh -c "ip link set lo up; .venv/bin/python -m pytest -p no:cacheprovider"' \
  "settings.DATABASE's host was copied from CACHE and reads os.environ.get('REDIS_HOST', 'redis'): pg8000 dials redis:5432 and raises InterfaceError \"Can't create a connection to host redis and port 5432\" (with the job's services up, redis resolves and refuses 5432: the test fails the same); the other test is refused by redis on localhost:6379. d01631b's postgresql.pg8000.connect-host reads the host by the DNS rules, and 'redis' is Redis's service host: infrastructure/high [redis] for a PostgreSQL client dialling the wrong service (1f27b19: infrastructure/ambiguous)."
record $K pytest-pymysql-dials-postgres-host-left-from-migration pytest python infrastructure ambiguous py-attack27e-pymysql-postgres-host \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider"' \
  "The project moved from PostgreSQL to MySQL and settings.DATABASE's host still says 'postgres': PyMySQL (Debian python3-pymysql 1.0.2) raises OperationalError (2003, \"Can't connect to MySQL server on 'postgres' ([Errno -3] Temporary failure in name resolution)\") over socket.gaierror; with the job's services (mysql, redis) up the name still does not resolve. The other test is refused by redis on localhost:6379. d01631b's mysql.cant-connect.lookup and the older network.dns.unnamed-host both read 'postgres' as PostgreSQL's host: infrastructure/high [postgresql, redis] for a MySQL client (1f27b19: infrastructure/high too, [mysql, postgresql, redis]: older than this session)."
