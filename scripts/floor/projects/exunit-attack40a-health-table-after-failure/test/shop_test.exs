defmodule Shop.ShopTest do
  use ExUnit.Case

  test "an order of exactly 100.00 gets 10% off" do
    assert Shop.Cart.total([{"MUG", 4}]) == 9000, "orders of 100.00 or more get 10% off"
  end

  test "a small order pays full price" do
    assert Shop.Cart.total([{"TEA", 2}]) == 1800
  end

  test "the health report has a line for each dependency" do
    report = Shop.Health.report()
    IO.puts(report)
    assert length(String.split(report, "\n")) == 2
  end
end
