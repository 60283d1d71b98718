# sidekiq/sidekiq v6.4.1 (00ae6a74234a9b626a593ae6c5620416349f8eaf, as Debian's ruby-sidekiq 6.4.1+dfsg-1), its own
# minitest suite, Debian's ruby 3.1 + ruby-redis 4.8.0, ruby-connection-pool 2.2.5, ruby-rack, ruby-minitest 5.17.
# No rubygems: Gemfile.s5 = gemspec + minitest + rake, `bundle install --local`. test/helper.rb defaults
# REDIS_URL to redis://localhost/15.
ROOT = "/work/s5src/sidekiq"
ENV = {"BUNDLE_GEMFILE": ROOT + "/Gemfile.s5"}
PROJECT = {"root": ROOT, "runner": "minitest", "project": "sidekiq/sidekiq",
           "version": "v6.4.1 (00ae6a74234a9b626a593ae6c5620416349f8eaf), ruby 3.1.2, redis-rb 4.8.0, minitest 5.17.0, redis-server 7.0.15; baseline with Redis: 107 runs, 343 assertions, 0 failures"}
LOAD = "bundle exec ruby -Ilib -Itest -e 'while ARGV.first&.end_with?(\".rb\"); require File.expand_path(ARGV.shift); end'"
REDIS_T = "test/test_fetch.rb test/test_dead_set.rb test/test_scheduled.rb test/test_retry.rb test/test_processor.rb test/test_sidekiqmon.rb"
PURE_T = "test/test_logger.rb test/test_job_logger.rb test/test_exception_handler.rb test/test_util.rb test/test_web_helpers.rb test/test_redis_connection.rb"
R = ("infrastructure", "high", "redis")
C = ("code", "high", "")
ABS = "Redis was not started in the namespace; the tests that use Redis fail with Redis::CannotConnectError (Connection refused - connect(2) for 127.0.0.1:6379 / localhost)."
NXH = "REDIS_URL names the CI service-container host 'redis', which does not resolve (nsswitch hosts: files); Redis runs on 127.0.0.1, unconfigured. Tests fail with Redis::CannotConnectError ... getaddrinfo: Name or service not known."
NSS = [("/work/s5runs/tools/nsswitch-files.conf", "/etc/nsswitch.conf")]
CASES = [
  dict(id="ruby-sidekiq/service-absent-redis-subset", env=ENV, cmd=f"{LOAD} {REDIS_T}", label=R, condition="service-absent", why=ABS),
  dict(id="ruby-sidekiq/service-absent-all-verbose", env=ENV, cmd=f"{LOAD} {REDIS_T} {PURE_T} -v --seed 4242", label=R, condition="service-absent", why=ABS + " (-v, fixed seed; the pure tests pass.)"),
  dict(id="ruby-sidekiq/service-absent-per-file", env=ENV, cmd="sh -c 'rc=0; for f in test/test_dead_set.rb test/test_fetch.rb test/test_sidekiqmon.rb; do echo \"### $f\"; bundle exec ruby -Ilib -Itest $f || rc=1; done; exit $rc'", label=R, condition="service-absent", why=ABS + " (one ruby per file, as a CI loop.)"),
  dict(id="ruby-sidekiq/host-not-found-redis", services=["redis"], mounts=NSS, env={**ENV, "REDIS_URL": "redis://redis:6379/15"}, cmd=f"{LOAD} {REDIS_T}", label=R, condition="host-not-found", why=NXH),
  dict(id="ruby-sidekiq/host-not-found-verbose", services=["redis"], mounts=NSS, env={**ENV, "REDIS_URL": "redis://redis-master.ci:6379/15"}, cmd=f"{LOAD} test/test_dead_set.rb test/test_scheduled.rb test/test_logger.rb -v", label=R, condition="host-not-found", why=NXH.replace("'redis'", "'redis-master.ci'")),
  dict(id="ruby-sidekiq/client-absent-redis-gem", services=["redis"], env=ENV,
       mounts=[("/work/s5runs/tools/hide/rb-specs", "/usr/share/rubygems-integration/all/specifications"), ("/work/s5runs/tools/hide/empty", "/usr/share/rubygems-integration/all/gems/redis-4.8.0")],
       cmd=f"{LOAD} {REDIS_T}", label=R, condition="client-absent",
       setup="Debian's ruby-redis hidden: its gemspec removed from a copy of rubygems-integration/all/specifications and its gem directory replaced by an empty one.",
       why="The redis gem (the Redis client) is not installed; bundler stops before any test: Could not find redis-4.8.0 in locally installed gems."),
  dict(id="ruby-sidekiq/defect-dead-set-trim", services=["redis"], env=ENV, cmd=f"{LOAD} {REDIS_T}",
       defect={"file": "lib/sidekiq/api.rb", "old": "transaction.zremrangebyrank(name, 0, - self.class.max_jobs)", "new": "transaction.zremrangebyrank(name, 0, - self.class.max_jobs - 1)"},
       label=C, condition="service-present-defect", why="Redis present; DeadSet#kill trims one job too few, the dead-set trimming test fails on an assertion."),
  dict(id="ruby-sidekiq/defect-bulk-requeue-verbose", services=["redis"], env=ENV, cmd=f"{LOAD} test/test_fetch.rb test/test_processor.rb test/test_retry.rb -v",
       defect={"file": "lib/sidekiq/fetch.rb", "old": "            pipeline.rpush(queue, jobs)", "new": "            pipeline.rpush(queue, jobs.first)"},
       label=C, condition="service-present-defect", why="Redis present; BasicFetch#bulk_requeue pushes only the first job of each queue back, the bulk requeue test fails on its queue sizes."),
  dict(id="ruby-sidekiq/mixed-absent-job-logger", env=ENV, cmd=f"{LOAD} {REDIS_T} {PURE_T}",
       defect={"file": "lib/sidekiq/job_logger.rb", "old": "      @logger.info(\"done\")", "new": "      @logger.info(\"finished\")"},
       label=C, condition="mixed-absent-and-defect", why="Redis absent (its tests fail with CannotConnectError) AND JobLogger logs 'finished' instead of 'done': test_job_logger (no Redis) fails on assert_match /INFO: done/."),
]
