# Connection settings for the CI job's Redis service.
REDIS = {"host": "localhost", "port": 6379, "db": 0}
