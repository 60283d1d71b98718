require "test/unit"
require "socket"

class Cart
  def initialize = @items = []
  def add(price, qty = 1) = @items << [price, qty]
  # The bug: quantities are ignored.
  def total = @items.sum { |price, _qty| price }
end

class CartTest < Test::Unit::TestCase
  def test_total
    cart = Cart.new
    cart.add(10, 3)
    assert { cart.total == 30 }
  end
end

class SessionTest < Test::Unit::TestCase
  (1..5).each do |n|
    define_method("test_session_#{n}") { TCPSocket.new("127.0.0.1", 6379).close }
  end
end
