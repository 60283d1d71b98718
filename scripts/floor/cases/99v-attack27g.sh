# Attack 27g (6c249e5 over ea7434f): the fixes after attacks 27e and 27f. The refusals are real
# (nothing listens on 6379 or 5432, run under `unshare --net` with lo up, where no name resolves);
# every defect fails with its services up too. Sourced by generate.sh.

# 6c249e5 makes a service's own DNS rule that dialled another service's host name (pg8000 at `redis`)
# only possible (interpret.ts 'dns'), but only for rules that name a service: the generic
# network.dns.service-host (`could not translate host name "redis"`, `Error -3 connecting to postgres:`)
# and the pg gem's postgresql.ruby.connection-bad (an 'ind' rule, no host read) still read it surely.
K=client-named-code
record $K pytest-psycopg2-dials-redis-host-copied-setting pytest python infrastructure ambiguous py-attack27g-psycopg2-redis-host \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider"' \
  "settings.DATABASE's host was copied from the cache's line and reads os.environ.get('REDIS_HOST', 'redis'): psycopg2 (libpq) raises OperationalError 'could not translate host name \"redis\" to address' (with the job's services up, redis resolves and refuses 5432: the test fails the same); the other test is refused by redis on localhost:6379. 6c249e5's guard in interpret.ts applies to a rule with its own service only; the generic network.dns.service-host reads 'redis' as Redis missing, surely: infrastructure/high [redis] for a PostgreSQL client dialling the cache's host (attack 27e's pg8000 case, with psycopg2)."
record $K pytest-redis-dials-postgres-host-after-move pytest python infrastructure ambiguous py-attack27g-redis-postgres-host \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider"' \
  "The session cache moved from an UNLOGGED table in the 'postgres' service to Redis and settings.CACHE's default host still says 'postgres': redis-py raises ConnectionError 'Error -3 connecting to postgres:6379. Temporary failure in name resolution.' (with the job's services up, postgres resolves and refuses 6379: the test fails the same); the other test is refused by PostgreSQL on localhost:5432. redis.py.connecting and network.dns.unnamed-host (service from the nearby 'postgres:6379') read it as PostgreSQL and Redis missing: infrastructure/high [postgresql, redis] for a Redis client dialling the database's host."
record $K minitest-pg-dials-redis-host-copied-setting minitest ruby infrastructure ambiguous rb-attack27g-pg-redis-host \
  'unshare --net sh -c "ip link set lo up; ruby -Ilib test/orders_test.rb --seed 1"' \
  "Orders::DATABASE's host was copied from the cache's line and reads ENV.fetch('REDIS_HOST', 'redis'): PG.connect raises 'PG::ConnectionBad: could not translate host name \"redis\" to address' (with the job's services up, redis resolves and refuses 5432); the other test is refused by redis on 127.0.0.1:6379. postgresql.ruby.connection-bad reads any ConnectionBad message but a few as PostgreSQL unreachable and reads no host: 6c249e5's 'dns' guard never sees it. infrastructure/high [postgresql, redis]."
record $K minitest-pg-host-misspelt minitest ruby infrastructure ambiguous rb-attack27g-pg-host-typo \
  'unshare --net sh -c "ip link set lo up; ruby -Ilib test/orders_test.rb --seed 1"' \
  "Orders::DATABASE's host is misspelt 'postgress' (the compose service is 'postgres'): PG.connect raises 'PG::ConnectionBad: could not translate host name \"postgress\" to address' (with the services up it still does not resolve); the other test is refused by redis on 127.0.0.1:6379. interpretDns reads a name that is no service's host as only possible, but postgresql.ruby.connection-bad takes the line first and surely: infrastructure/high [postgresql, redis]."

# libpq prefixes every failure of a connection attempt with `connection to server at "H", port P
# failed:` (PostgreSQL 14+), whatever follows: postgresql.libpq.server-at reads the endpoint, never
# the reason. 6c249e5 excludes libpq's reading of the connection string from ConnectionBad only;
# a root certificate file the project named wrong fails after the server answered.
record $K minitest-pg-sslrootcert-wrong-file-server-up minitest ruby code high rb-attack27g-pg-sslrootcert-path \
  'unshare --net sh -c "ip link set lo up; ci/with-postgres.sh ruby -Ilib test/orders_test.rb --seed 1"' \
  "PostgreSQL 15 is UP on 127.0.0.1:5432 with TLS (ci/with-postgres.sh, the CA written to config/root.crt); Orders::DATABASE says sslmode=verify-ca with sslrootcert config/ca.pem, a file that does not exist. libpq answers 'PG::ConnectionBad: connection to server at \"127.0.0.1\", port 5432 failed: root certificate file \".../config/ca.pem\" does not exist' after the server accepted the SSL request; the other test is refused by redis on 127.0.0.1:6379. postgresql.libpq.server-at reads 127.0.0.1:5432 as PostgreSQL refusing: infrastructure/high [postgresql, redis] with PostgreSQL running."

# 6c249e5's twinExcused adds errors a twin's chain settled; a wrapper headline (signs.ts
# isWrapperHeadline: a class ending in UnavailableError, its message saying 'unavailable') is never
# counted at all, so a twin that raised it `from None` leaves nothing for the other twin's refusal to excuse.
K=same-name
record $K pytest-native-same-name-file-twin-wrapper-from-none pytest python code ambiguous pytest-attack27g-same-name-wrapper-from-none \
  'unshare --net sh -c "ip link set lo up; /usr/bin/python3 -m pytest -p no:cacheprovider --tb=native tests"' \
  "Attack 27e's kvstore with FileStore.get raising StoreUnavailableError(...) from None (its cause hidden): FileStore.put writes root/key where get reads root/key.json, so the file twin fails with 'kvstore.StoreUnavailableError: file store unavailable: [Errno 2] No such file or directory: .../answer.json'. pytest heads both failures '___ test_roundtrip ___': one conflated unit. The file twin's headline is a wrapper headline (handled, never counted: no chain, nothing settled), so settledLinks stays 0 and the redis twin's ConnectionRefusedError decides the unit: infrastructure/high [redis]. With Redis up the file twin fails the same."
