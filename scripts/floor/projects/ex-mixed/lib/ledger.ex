defmodule Ledger do
  # The bug: refunds are added instead of subtracted.
  def balance(entries), do: Enum.reduce(entries, 0, fn {_kind, amount}, acc -> acc + amount end)
end
