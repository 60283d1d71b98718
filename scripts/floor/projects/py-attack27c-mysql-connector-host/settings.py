# Connection settings for the services the CI job provides (docker compose names: mysql, redis).
# The defect: the database's host is "mysql"; "myslq" is a typo.
DATABASE = {"host": "myslq", "port": 3306, "user": "app", "password": "app", "database": "app"}
CACHE = {"host": "localhost", "port": 6379}
