defmodule Shop.Price do
  @moduledoc "Prices in cents."

  # A price with a percentage discount, rounded half up to whole cents.
  def discounted(cents, percent), do: floor(cents * (100 - percent) / 100)
end
