require "minitest/autorun"
require "orders"

class OrdersTest < Minitest::Test
  def test_save
    Orders.save(1, 12.5)
  end

  def test_remember_total
    assert_equal 12.5, Orders.remember_total(1, 12.5)
  end
end
