defmodule Shop.CheckoutDocTest do
  use ExUnit.Case
  doctest Shop.Checkout
end
