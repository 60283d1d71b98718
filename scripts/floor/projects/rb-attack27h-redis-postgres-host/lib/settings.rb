# Connection settings for the CI job's services (docker compose names: postgres, redis).
module Settings
  DATABASE = { host: ENV.fetch("PGHOST", "postgres"), port: 5432, user: "app", password: "app", dbname: "app" }.freeze
  # The defect: the cache's host was copied from the database's line and still reads PGHOST / "postgres".
  CACHE = { host: ENV.fetch("PGHOST", "postgres"), port: 6379 }.freeze
end
