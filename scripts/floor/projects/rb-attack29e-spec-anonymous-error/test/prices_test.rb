require 'minitest/autorun'
require 'minitest/reporters'
Minitest::Reporters.use! Minitest::Reporters::SpecReporter.new
require 'prices'

class PricesTest < Minitest::Test
  def setup
    @cache = Prices::Cache.new(Redis.new(host: '127.0.0.1', port: 6379))
  end

  def test_cents
    assert_equal 1999, Prices.cents('19.99')
  end

  def test_cents_whole
    assert_equal 500, Prices.cents('5')
  end

  def test_cached_total
    assert_equal 3, @cache.fetch('total') { 1 + 2 }
  end
end

class StockTest < Minitest::Test
  def test_reserve
    redis = Redis.new(host: '127.0.0.1', port: 6379)
    assert_equal 1, redis.incr('stock:reserved')
  end
end
