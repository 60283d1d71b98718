import json
import logging
import sys
import urllib.request

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("health.redis")

# Smoke check of the admin app (this project's own HTTP server, which the test command starts on
# 127.0.0.1:8000): its view of the cache must be reported. The defect: the port is 8001.
PORT = 8001

print(f"asking the admin app at 127.0.0.1:{PORT}", flush=True)
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/cache", timeout=2) as r:
        print("cache:", json.load(r)["cache"])
except OSError as e:
    log.error("probe failed: %s", e.reason)
    sys.exit(1)
