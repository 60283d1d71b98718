defmodule Shop.PriceTest do
  use ExUnit.Case

  test "takes 10% off 9.99" do
    assert Shop.Price.discounted(999, 10) == 899
  end

  test "rounds half a cent up" do
    assert Shop.Price.discounted(1005, 10) == 905, "prices must round half a cent up"
  end
end
