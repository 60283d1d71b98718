defmodule Shop.Checkout do
  @moduledoc "Prices a cart of {sku, qty} lines (cents) and tells a subscriber about the placed order."

  @catalog %{"MUG" => 2500, "TEA" => 900}

  def place(lines, notify) do
    cache = Shop.PriceCache.connect()
    subtotal = Enum.reduce(lines, 0, fn {sku, qty}, sum -> sum + qty * Shop.PriceCache.price(cache, sku, @catalog) end)
    total = discounted(subtotal)
    send(notify, {:order_placed, total})
    {:ok, total}
  end

  # Orders of 100.00 (10000 cents) or more get 10% off.
  def discounted(subtotal) when subtotal > 10000, do: div(subtotal * 9, 10)
  def discounted(subtotal), do: subtotal
end
