require 'redis'
require 'logger'

module Prices
  class Invalid < StandardError; end
  LOG = Logger.new($stdout)

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
      LOG.warn("price cache unavailable, computing #{key}: #{e.message}")
      yield
    end
  end

  def self.cents(text)
    raise Invalid, "not a price: #{text.inspect}" unless text.match?(/\A\d+\.\d\d\z/)
    text.delete('.').to_i
  end
end
