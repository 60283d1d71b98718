require 'minitest/autorun'
require_relative 'stock'

class StockTest < Minitest::Test
  def test_rejects_an_empty_sku
    assert_raises(ArgumentError) { Stock.new.level('') }
  end
end
