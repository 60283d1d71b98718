require 'test_helper'

class CartTest < Minitest::Test
  def test_total
    Cart.open([['apple', 100, 2], ['pear', 250, 1]]) do |cart|
      assert_equal 450, cart.total
    end
  end

  def test_total_of_an_empty_cart
    Cart.open([]) { |cart| assert_equal 0, cart.total }
  end
end
