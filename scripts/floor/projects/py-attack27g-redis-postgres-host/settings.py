# Connection settings for the services the CI job provides, overridable by the environment.
import os

DATABASE = {"host": os.environ.get("DATABASE_HOST", "localhost"), "port": 5432, "user": "app", "password": "app", "dbname": "app"}
# The defect: the session cache used to be an UNLOGGED table in the "postgres" service; it moved to
# Redis and its default host was not updated.
CACHE = {"host": os.environ.get("CACHE_HOST", "postgres"), "port": 6379}
