# Connection settings for the CI job's services (docker compose names: postgres-db, redis-cache).
module Settings
  DATABASE = { host: ENV.fetch("PGHOST", "postgres-db"), port: 5432, dbname: "orders" }.freeze
  # The defect: the cache's host was copied from the database's line and still reads PGHOST / "postgres-db".
  CACHE = { host: ENV.fetch("PGHOST", "postgres-db"), port: 6379 }.freeze
end
