# Connection settings for the services the CI job provides (docker compose names: postgres, redis),
# overridable by the environment.
import os

# The defect: the database's host was copied from CACHE below and still reads REDIS_HOST / "redis".
DATABASE = {"host": os.environ.get("REDIS_HOST", "redis"), "port": 5432, "user": "app", "password": "app", "dbname": "app"}
CACHE = {"host": os.environ.get("CACHE_HOST", "localhost"), "port": 6379}
