require "pg"
require "redis"

# Orders in PostgreSQL, totals cached in Redis (the CI job's services on 127.0.0.1).
module Orders
  # The defect: sslmode "requre" (libpq knows disable, allow, prefer, require, verify-ca, verify-full).
  DATABASE_URL = ENV.fetch("DATABASE_URL", "postgres://app:app@127.0.0.1:5432/app?sslmode=requre")

  def self.db
    PG.connect(DATABASE_URL)
  end

  def self.cache
    Redis.new(host: "127.0.0.1", port: 6379)
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
