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

# The pg gem's ConnectionBad is read as PostgreSQL unreachable whatever libpq says after it, but for
# a few of the gem's own words (ef5e76f): libpq's own rejections of the connection string the code
# gave (conninfo_add_defaults / connectOptions2 in fe-connect.c: 'invalid sslmode value', 'invalid
# connection option', 'invalid integer value ... for connection option "port"') fail before any
# socket. Under RSpec, e850b55 explains Sequel's class alone by that message, and d01631b's
# Caused-by link (a message naming no class ending in Error/Exception) excuses it by its root cause.
K=client-named-code
record $K rspec-sequel-pg-replica-sslmode-typo-over-refusal rspec ruby code ambiguous rb-attack27e-sequel-pg-sslmode \
  'unshare --net sh -c "ip link set lo up; rspec"' \
  "Prices.price falls back to the catalogue's PostgreSQL read replica when the price cache refuses; the replica URL says sslmode=requre, so libpq rejects the connection string before dialling and Sequel raises Sequel::DatabaseConnectionError with 'PG::ConnectionBad: invalid sslmode value: \"requre\"'. RSpec prints the root cause, the refusal of 127.0.0.1:6379. The pg rule reads the message as PostgreSQL unreachable, e850b55 explains Sequel's class alone by it, and d01631b's NAMES_ANOTHER_EXCEPTION lets the link through (PG::ConnectionBad ends in neither Error nor Exception): infrastructure/high [postgresql, redis] (1f27b19: infrastructure/ambiguous). With redis and PostgreSQL up the same sslmode fails the test."
record $K minitest-pg-sslmode-typo-beside-redis-refusal minitest ruby code ambiguous rb-attack27e-pg-sslmode \
  'unshare --net sh -c "ip link set lo up; ruby -Ilib test/orders_test.rb --seed 1"' \
  "Orders::DATABASE_URL says sslmode=requre: PG.connect raises 'PG::ConnectionBad: invalid sslmode value: \"requre\"' from libpq's option check, before any socket (with PostgreSQL up it fails the same); the other test is refused by redis on 127.0.0.1:6379. postgresql.ruby.connection-bad takes any ConnectionBad message but the gem's own few: infrastructure/high [postgresql, redis] (1f27b19: infrastructure/high too: older than this session)."
