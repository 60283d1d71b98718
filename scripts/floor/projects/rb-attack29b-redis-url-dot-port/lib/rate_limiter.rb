require "redis"
require_relative "settings"

# Allows LIMIT calls per key and minute, counted in Redis.
class RateLimiter
  LIMIT = 3

  def initialize
    @redis = Redis.new(url: Settings::REDIS_URL)
  end

  def allow?(key)
    bucket = "rate:#{key}:#{Time.now.to_i / 60}"
    count = @redis.incr(bucket)
    @redis.expire(bucket, 60) if count == 1
    count <= LIMIT
  end
end
