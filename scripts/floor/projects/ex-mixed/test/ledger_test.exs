defmodule LedgerTest do
  use ExUnit.Case

  test "refunds reduce the balance" do
    assert Ledger.balance([{:sale, 50}, {:refund, 8}]) == 42
  end

  test "stores entries in postgres" do
    {:ok, socket} = :gen_tcp.connect('127.0.0.1', 5432, [:binary, active: false], 2000)
    :gen_tcp.close(socket)
  end

  test "empty ledger" do
    assert Ledger.balance([]) == 0
  end
end
