defmodule Ledger do
  def balance(entries), do: Enum.reduce(entries, 0, fn {_kind, amount}, acc -> acc + amount end)
  # The bug: the currency code is lower-cased.
  def currency(code), do: String.downcase(code)
end
