# Connection settings for the services the CI job provides (docker compose names: mysql, redis).
# The project moved from PostgreSQL to MySQL; the defect: DATABASE's host still says "postgres".
DATABASE = {"host": "postgres", "port": 3306, "user": "app", "password": "app", "database": "app"}
CACHE = {"host": "localhost", "port": 6379}
