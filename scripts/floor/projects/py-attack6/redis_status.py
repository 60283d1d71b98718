import json
import logging
import urllib.request

log = logging.getLogger("redis_status")

# The admin app (this project's own HTTP server, started by the test fixture on 127.0.0.1:8000)
# reports what it sees of the cache. The defect: the client's port is 8001 (the metrics port).
ADMIN = ("127.0.0.1", 8001)


def cache_state():
    url = "http://%s:%d/api/cache" % ADMIN
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return json.load(r)["cache"]
    except OSError as e:
        log.error("redis status check via %s:%d failed: %s", ADMIN[0], ADMIN[1], e.reason)
        raise
