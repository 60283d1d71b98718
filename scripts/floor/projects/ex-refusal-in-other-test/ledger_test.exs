ExUnit.start(seed: 0)

defmodule Overdraft do
  defexception [:message]
end

defmodule Ledger do
  # Balances are mirrored to redis (127.0.0.1:6379) when it is there; without it the ledger goes on.
  def mirror do
    case :gen_tcp.connect(~c"127.0.0.1", 6379, [], 1000) do
      {:ok, sock} -> :gen_tcp.close(sock) && :mirrored
      {:error, reason} -> IO.puts("balance mirror unavailable: #{inspect(reason)}") && :local
    end
  end

  def withdraw(balance, amount) do
    # The defect: >= instead of >, so withdrawing the whole balance is refused.
    if amount >= balance, do: raise(Overdraft, message: "balance #{balance}, withdrawal #{amount}")
    balance - amount
  end
end

defmodule LedgerTest do
  use ExUnit.Case

  test "mirrors or keeps balances locally" do
    assert Ledger.mirror() in [:mirrored, :local]
  end

  test "may empty the account" do
    assert Ledger.withdraw(10, 10) == 0
  end
end
