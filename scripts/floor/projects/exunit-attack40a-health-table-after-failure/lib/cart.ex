defmodule Shop.Cart do
  @moduledoc "A cart of {sku, qty} lines, prices in cents."

  @catalog %{"MUG" => 2500, "TEA" => 900}

  def catalog, do: @catalog

  def subtotal(lines, prices \\ @catalog) do
    Enum.reduce(lines, 0, fn {sku, qty}, sum -> sum + qty * Map.fetch!(prices, sku) end)
  end

  # Orders of 100.00 (10000 cents) or more get 10% off.
  def total(lines, prices \\ @catalog) do
    subtotal = subtotal(lines, prices)
    if subtotal > 10000, do: div(subtotal * 9, 10), else: subtotal
  end
end
