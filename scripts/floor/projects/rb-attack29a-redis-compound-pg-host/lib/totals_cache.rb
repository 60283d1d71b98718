require "redis"
require_relative "settings"

# Remembers computed order totals in the CI job's Redis.
class TotalsCache
  def initialize
    @redis = Redis.new(**Settings::CACHE)
  end

  def remember(order_id, total)
    @redis.set("totals:#{order_id}", total)
    total
  end
end
