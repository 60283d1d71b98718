require 'redis'

module Shop
  # Prices kept in Redis between requests.
  class Cache
    def initialize(url: ENV.fetch('REDIS_URL', 'redis://127.0.0.1:6379/0'))
      @redis = Redis.new(url: url)
    end

    def fetch(key)
      cached = @redis.get(key)
      return Integer(cached) if cached
      value = yield
      @redis.set(key, value)
      value
    end
  end
end
