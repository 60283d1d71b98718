defmodule Shop.CartTest do
  use ExUnit.Case

  test "an order of exactly 100.00 gets 10% off" do
    assert Shop.Cart.total([{"MUG", 4}]) == 9000, "orders of 100.00 or more get 10% off"
  end

  test "a small order pays full price" do
    assert Shop.Cart.total([{"TEA", 2}]) == 1800
  end

  test "the price list has every sku, from the cache or the catalog" do
    prices = Shop.Cart.price_list()
    assert Map.keys(prices) == ["MUG", "TEA"]
  end
end
