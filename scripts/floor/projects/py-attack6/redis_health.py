import json
import os
import urllib.request

# Reads the admin app's view of the cache. The admin app is this project's own HTTP server, started by
# the test fixture on 127.0.0.1:8000; no cache is contacted.
# The defect: the default host misspells localhost ("locahost"), a name that does not resolve.
ADMIN_URL = os.environ.get("ADMIN_URL", "http://locahost:8000")


def cache_state():
    with urllib.request.urlopen(f"{ADMIN_URL}/api/cache-status", timeout=2) as r:
        return json.load(r)["cache"]
