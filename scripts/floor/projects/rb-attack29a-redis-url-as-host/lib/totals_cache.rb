require "redis"

# Remembers computed order totals in the CI job's Redis (REDIS_URL, default redis://localhost:6379/1).
class TotalsCache
  URL = ENV.fetch("CACHE_REDIS_URL", "redis://localhost:6379/1")

  def initialize
    # The defect: the URL is passed as the host (host: URL), where redis-rb wants url: URL; redis-rb then
    # dials the host "redis://localhost:6379/1" on its default port 6379, a name that never resolves.
    @redis = Redis.new(host: URL)
  end

  def remember(order_id, total)
    @redis.set("totals:#{order_id}", total)
    total
  end

  def fetch(order_id)
    @redis.get("totals:#{order_id}")&.to_i
  end
end
