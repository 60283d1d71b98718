import os

# Where the CI job's Redis service is (compose name `redis-master`).
REDIS_HOST = os.environ.get("REDIS_HOST", "redis-master")
REDIS_PORT = int(os.environ.get("REDIS_PORT", "6379"))
# The defect: '.' typed for ':' between host and port, so the URL's host is "redis-master.6379" (and the port the default).
REDIS_URL = f"redis://{REDIS_HOST}.{REDIS_PORT}/0"
