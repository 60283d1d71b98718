# Suor/django-cacheops 6.2 (= Debian python3-django-cacheops 6.2-1), commit 8b5570b8adfecd7484f72ff388e7de6f794b7264, unpacked at
# /work/uwt/django-cacheops; Debian python3 3.11.2, python3-django 3.2.25, python3-redis 4.3.4, python3-funcy, python3-mock,
# python3-dill, python3-jinja2; Redis 7.0 from Debian on 127.0.0.1:6379. Runner: the project's own run_tests.py (Django's
# DiscoverRunner, unittest output), SQLite test database (no CACHEOPS_DB). tests/settings.py reads REDIS_HOST (default 127.0.0.1)
# and CACHEOPS_DEGRADE_ON_FAILURE. tests.test_extras needs before_after (not packaged): only tests.tests is run.
# Baseline (Redis running): `run_tests.py tests.tests` -> Ran 124 tests, OK (skipped=4, expected failures=4).
PY = "/usr/bin/python3 run_tests.py"
PROJECT = {"root": "/work/uwt/django-cacheops", "runner": "unittest", "project": "Suor/django-cacheops", "timeout": 900,
           "version": "6.2 / commit 8b5570b8adfecd7484f72ff388e7de6f794b7264 (Debian python3 3.11.2, python3-django 3.2.25, python3-redis 4.3.4); redis-server 7.0"}
R = ("infrastructure", "high", "redis")
C = ("code", "high", "")
ABS = "Redis not started in the namespace; every test's setUp (invalidate_all -> FLUSHDB) fails with redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused."
NOHOST = [("/work/uw/etc/nsswitch-hosts-files.conf", "/etc/nsswitch.conf")]
HIDE = [("/usr/lib/python3/dist-packages", "/work/uwt/hide/pyorig"), ("/work/uwt/hide/py-noredis", "/usr/lib/python3/dist-packages")]
NOINVAL = {"file": "cacheops/invalidation.py", "old": "    if no_invalidation.active or not settings.CACHEOPS_ENABLED:\n        return\n    model = model._meta.concrete_model\n    prefix = get_prefix(_cond_dnfs=[(model._meta.db_table, list(obj_dict.items()))], dbs=[using])",
           "new": "    if not no_invalidation.active or not settings.CACHEOPS_ENABLED:\n        return\n    model = model._meta.concrete_model\n    prefix = get_prefix(_cond_dnfs=[(model._meta.db_table, list(obj_dict.items()))], dbs=[using])"}
KEY = {"file": "cacheops/query.py", "old": "            md.update(force_str(sql_str))", "new": "            md.update(force_str(sql))"}
CASES = [
  dict(id="python-django-cacheops/service-absent", cmd=f"{PY} tests.tests", label=R, condition="service-absent", why=ABS),
  dict(id="python-django-cacheops/service-absent-failfast-v", cmd=f"{PY} tests.tests -x -v", label=R, condition="service-absent",
       why=ABS + " -x (failfast) and -v: Django's runner stops at the first error; the verbose list shows every test name before it."),
  dict(id="python-django-cacheops/service-absent-degrade", cmd=f"{PY} tests.tests", env={"CACHEOPS_DEGRADE_ON_FAILURE": "1"},
       label=("infrastructure", "ambiguous", "redis"), condition="service-absent",
       why="Redis not started; with CACHEOPS_DEGRADE_ON_FAILURE cacheops swallows the client's ConnectionError (one RuntimeWarning 'The cacheops cache is unreachable! Error: Error 111 connecting to 127.0.0.1:6379. Connection refused.') and runs uncached, so tests asserting caching fail with assertNumQueries mismatches ('1 queries executed, 0 expected') and stale/fresh value assertions. Infrastructure by construction, but the failures themselves are what broken caching code would print: ambiguous."),
  dict(id="python-django-cacheops/host-not-found-redis", cmd=f"{PY} tests.tests", env={"REDIS_HOST": "redis"}, mounts=NOHOST, services=["redis"],
       label=R, condition="host-not-found",
       why="REDIS_HOST=redis (the CI service-container name) with nsswitch.conf 'hosts: files' bind-mounted: every setUp fails with redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known. Redis itself runs on 127.0.0.1, unconfigured."),
  dict(id="python-django-cacheops/client-absent", cmd=f"{PY} tests.tests", mounts=HIDE, services=["redis"], label=R, condition="client-absent",
       why="python3-redis hidden (dist-packages replaced by a bind-mounted farm of symlinks to every entry but redis/): django.setup() imports cacheops, whose redis.py does 'import redis' -> ModuleNotFoundError: No module named 'redis'."),
  dict(id="python-django-cacheops/defect-no-invalidation", services=["redis"], defect=NOINVAL, cmd=f"{PY} tests.tests", label=C, condition="service-present-defect",
       why="Redis running; invalidate_dict returns early unless invalidation is suspended (condition inverted), so saved objects never invalidate cached querysets and tests see stale values: a code defect."),
  dict(id="python-django-cacheops/defect-cache-key-params", services=["redis"], defect=KEY, cmd=f"{PY} tests.tests", label=C, condition="service-present-defect",
       why="Redis running; the queryset cache key hashes the SQL template without its parameters, so queries differing only in parameters share a cache entry and return each other's results: a code defect."),
]
