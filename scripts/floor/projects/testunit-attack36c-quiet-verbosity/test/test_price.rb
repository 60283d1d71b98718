require 'test/unit'
require 'cache'
require 'price'

class CacheTest < Test::Unit::TestCase
  def test_falls_back_to_a_local_store
    assert_equal 'hello', Cache.new.fetch('greeting') { 'hello' }
  end
end

class PriceTest < Test::Unit::TestCase
  def test_adds_tax
    assert_equal 1200, Price.with_tax(1000, 0.2)
  end
end
