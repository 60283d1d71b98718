require 'minitest/autorun'
require 'minitest/reporters'
Minitest::Reporters.use! Minitest::Reporters::ProgressReporter.new
require 'prices'

class PricesTest < Minitest::Test
  def setup
    @cache = Prices::Cache.new(Redis.new(host: '127.0.0.1', port: 6379))
  end

  def test_decimal_price
    assert Prices.price?('19.99'), 'a price with cents is a price'
  end

  def test_whole_price
    assert Prices.price?('5'), 'a whole price is a price'
  end

  def test_cached_total
    assert_equal 3, @cache.fetch('total') { 1 + 2 }
  end
end
