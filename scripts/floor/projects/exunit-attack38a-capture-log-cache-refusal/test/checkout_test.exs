defmodule Shop.CheckoutTest do
  use ExUnit.Case

  test "an order of exactly 100.00 gets 10% off" do
    {:ok, total} = Shop.Checkout.place([{"MUG", 4}], self())
    assert total == 9000, "orders of 100.00 or more get 10% off"
  end

  test "the subscriber is told the discounted total" do
    Shop.Checkout.place([{"MUG", 4}], self())
    assert_received {:order_placed, 9000}
  end

  test "a small order pays full price" do
    assert {:ok, 1800} = Shop.Checkout.place([{"TEA", 2}], self())
  end
end
