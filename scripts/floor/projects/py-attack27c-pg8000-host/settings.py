# Connection settings for the services the CI job provides (docker compose names: postgres, redis).
# The defect: the database's host is "postgres"; "postgress" is a typo.
DATABASE = {"host": "postgress", "port": 5432, "user": "app", "password": "app", "database": "app"}
CACHE = {"host": "localhost", "port": 6379}
