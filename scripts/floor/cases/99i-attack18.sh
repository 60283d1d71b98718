# An eighteenth attacker's review (386a4cd: libmemcached's CONNECTION FAILURE with memcache context
# is memcached unreachable, high). Each log is broken code that fails with its service up too.
# The new pattern reads no host or port, so the endpoint checks every other refusal gets (another
# service's port is a configuration defect, an unknown port only possibly the service) never run:
# a memcached client dialling Redis's 6379 is read as memcached missing. memcached is started for
# the run on 11411 (the port the job gives it); nothing listens on 6379. Sourced by generate.sh.

K=client-named-code
record $K phpunit-memcached-dials-redis-port-connection-failure phpunit php code high php-attack18 \
  'mc_user=; [ "$(id -u)" = 0 ] && mc_user="-u nobody"; memcached $mc_user -l 127.0.0.1 -p 11411 -U 0 & mc=$!; sleep 0.5; MEMCACHED_HOST=127.0.0.1 MEMCACHED_PORT=11411 REDIS_PORT=6379 phpunit RateLimiterTest.php; rc=$?; kill $mc; wait $mc 2>/dev/null; exit $rc' \
  "memcached is up at MEMCACHED_HOST:MEMCACHED_PORT (127.0.0.1:11411); CacheFactory, copied from the Redis factory, reads REDIS_PORT (6379) for memcached's port: RuntimeException: Memcached 127.0.0.1:6379: CONNECTION FAILURE, the project's own message around libmemcached's. A memcached client on Redis's port is a configuration defect (interpret.ts namedServicePort says so for any driver that names its port); the new libmemcached pattern carries no port group, so it is never checked. infrastructure/high on 386a4cd (memcached.libmemcached); code/ambiguous on ed4b3d6."
