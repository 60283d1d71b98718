defmodule CurrencyTest do
  use ExUnit.Case

  test "currency codes are upper case" do
    assert Ledger.currency("eur") == "EUR"
  end

  test "balance" do
    assert Ledger.balance([{:sale, 1}]) == 1
  end
end
