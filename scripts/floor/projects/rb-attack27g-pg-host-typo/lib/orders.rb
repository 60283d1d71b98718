require "pg"
require "redis"

# Orders in PostgreSQL, totals cached in Redis (the CI job's services: docker compose names).
module Orders
  CACHE = { host: ENV.fetch("CACHE_HOST", "127.0.0.1"), port: 6379 }
  # The defect: the host name is misspelt ("postgress"; the compose service is "postgres").
  DATABASE = { host: ENV.fetch("DATABASE_HOST", "postgress"), port: 5432, dbname: "app", user: "app", password: "app" }

  def self.db
    PG.connect(**DATABASE)
  end

  def self.cache
    Redis.new(**CACHE)
  end

  def self.save(id, total)
    conn = db
    conn.exec_params("INSERT INTO orders (id, total) VALUES ($1, $2)", [id, total])
  ensure
    conn&.close
  end

  def self.remember_total(id, total)
    cache.set("order:#{id}:total", total)
    Float(cache.get("order:#{id}:total"))
  end
end
