require "pg"
require "redis"

# Orders in PostgreSQL (over TLS, verified against the CA the repository ships in config/),
# totals cached in Redis: the CI job's services on 127.0.0.1.
module Orders
  ROOT = File.expand_path("..", __dir__)
  # The defect: the CA file is config/root.crt; this says ca.pem.
  DATABASE = {
    host: "127.0.0.1", port: 5432, dbname: "postgres", user: "postgres",
    sslmode: "verify-ca", sslrootcert: File.join(ROOT, "config", "ca.pem")
  }

  def self.db
    PG.connect(**DATABASE)
  end

  def self.cache
    Redis.new(host: "127.0.0.1", port: 6379)
  end

  def self.count
    conn = db
    conn.exec("SELECT count(*) FROM pg_database").getvalue(0, 0).to_i
  ensure
    conn&.close
  end

  def self.remember_total(id, total)
    cache.set("order:#{id}:total", total)
    Float(cache.get("order:#{id}:total"))
  end
end
