require "redis"
require_relative "settings"

class TotalsCache
  def initialize(redis = Redis.new(**Settings::CACHE))
    @redis = redis
  end

  def remember(order_id, total)
    @redis.set("order:#{order_id}:total", total)
    Float(@redis.get("order:#{order_id}:total"))
  end
end
