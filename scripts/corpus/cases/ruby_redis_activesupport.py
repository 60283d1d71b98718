# redis-store/redis-activesupport 5.3.0 (2bd4691, the archived repository's last commit), its own minitest suite
# (test/active_support/cache/redis_store_test.rb, minitest/spec + mocha), Debian's ruby 3.1.2, ruby-redis-store 1.9.0,
# ruby-redis 4.8.0, ruby-activesupport 6.1.7, ruby-connection-pool 2.2.5, ruby-minitest 5.17, ruby-mocha 1.16.1.
# No rubygems.org: Gemfile.local (the project by path, rake, minitest, mocha, connection_pool, i18n), `bundle install
# --local` (Gemfile.local.lock written then). The checkout is a git repository of one commit (the gemspec runs git
# ls-files). The tests hard-code redis://127.0.0.1:6379 and :6380/:6381 (three servers, as redis-store-testing starts),
# so no host-not-found run is possible. `--exclude /notif/`: the 11 notification tests fail at baseline with
# ActiveSupport 6.1 (its payloads add :store).
ROOT = "/work/uwt/redis-activesupport"
ENV = {"BUNDLE_GEMFILE": ROOT + "/Gemfile.local"}
PROJECT = {"root": ROOT, "runner": "minitest", "project": "redis-store/redis-activesupport",
           "version": "5.3.0 (2bd4691ffd884024426feb25d5817e9e43e9ef78), ruby 3.1.2, redis-store 1.9.0, redis-rb 4.8.0, activesupport 6.1.7, minitest 5.17.0; baseline with three Redis servers: 71 runs, 509 assertions, 0 failures"}
CMD = "bundle exec ruby -Ilib -Itest test/active_support/cache/redis_store_test.rb --exclude /notif/"
EXTRA = "for p in 6380 6381; do redis-server --port $p --bind 127.0.0.1 --daemonize yes --save '' --dir /tmp >/dev/null; done; sleep 0.5"
EXTRA_STOP = "redis-cli -p 6380 shutdown nosave; redis-cli -p 6381 shutdown nosave"
R = ("infrastructure", "high", "redis")
A = ("infrastructure", "ambiguous", "redis")
C = ("code", "high", "")
HIDE = "/work/uwt/rec-client-hide"
NOREDIS = [(HIDE + "/rb-specs", "/usr/share/rubygems-integration/all/specifications"), (HIDE + "/empty", "/usr/share/rubygems-integration/all/gems/redis-4.8.0")]
ABS = "No Redis server was started in the namespace (neither 6379 nor 6380/6381). The store's own calls are wrapped in failsafe (Redis::BaseConnectionError rescued, nil returned), so 38 tests fail on plain assertions about values never written; only the 6 tests that call Redis directly error with Redis::CannotConnectError (Error connecting to Redis on 127.0.0.1:6379/6380 (Errno::ECONNREFUSED)). The assertion failures are not shown to come of the outage: infrastructure/ambiguous."
CASES = [
  dict(id="ruby-redis-activesupport/service-absent", env=ENV, cmd=CMD, label=A, condition="service-absent", why=ABS),
  dict(id="ruby-redis-activesupport/service-absent-verbose", env=ENV, cmd=CMD + " -v --seed 1234", label=A, condition="service-absent", why=ABS + " (-v, fixed seed.)"),
  dict(id="ruby-redis-activesupport/client-absent-lockfile", services=["redis"], pre=EXTRA, post=EXTRA_STOP, env=ENV, mounts=NOREDIS, cmd=CMD, label=R, condition="client-absent",
       setup="Debian's ruby-redis hidden: its gemspec removed from a copy of rubygems-integration/all/specifications and its gem directory replaced by an empty one; Gemfile.local.lock (written when it was installed) still lists redis 4.8.0 (a dependency of redis-store).",
       why="The redis gem (the Redis client, needed by redis-store) is not installed though the lockfile names it; bundler stops before any test."),
  dict(id="ruby-redis-activesupport/client-absent-resolve", services=["redis"], pre=EXTRA + f"; cp {ROOT}/Gemfile.local {ROOT}/Gemfile.nolock", post=EXTRA_STOP + f"; rm -f {ROOT}/Gemfile.nolock {ROOT}/Gemfile.nolock.lock",
       env={"BUNDLE_GEMFILE": ROOT + "/Gemfile.nolock"}, mounts=NOREDIS, cmd=CMD, label=R, condition="client-absent",
       setup="Debian's ruby-redis hidden as in client-absent-lockfile; BUNDLE_GEMFILE is a copy of Gemfile.local without a lockfile, so bundler resolves redis-store's dependencies afresh.",
       why="The redis gem (the Redis client redis-store depends on) is not installed; bundler cannot resolve redis-store's dependency on it and stops before any test."),
  dict(id="ruby-redis-activesupport/service-present-defect", services=["redis"], pre=EXTRA, post=EXTRA_STOP, env=ENV, cmd=CMD,
       defect={"file": "lib/active_support/cache/redis_store.rb", "old": "              c.incrby(key, amount).tap do", "new": "              c.incrby(key, amount + 1).tap do"},
       label=C, condition="service-present-defect", why="Redis present; RedisStore#increment adds one more than asked: the increment tests fail on their expected counts."),
]
