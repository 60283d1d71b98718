defmodule Shop.PriceCache do
  @moduledoc """
  Prices cached in Redis (RESP over a plain TCP socket) when Redis is there. The cache is an
  optimisation: without it every lookup falls back to the catalog, and the shop says so once.
  """

  # Redis may still be starting: three tries, 50 ms apart, before going on without it.
  def connect(host \\ ~c"127.0.0.1", port \\ 6379, tries \\ 3) do
    case :gen_tcp.connect(host, port, [:binary, active: false], 500) do
      {:ok, socket} ->
        {:ok, socket}

      {:error, _reason} when tries > 1 ->
        Process.sleep(50)
        connect(host, port, tries - 1)

      {:error, reason} ->
        IO.puts(:stderr, "price cache disabled (redis #{host}:#{port}): #{inspect(reason)}")
        :none
    end
  end

  def price(:none, sku, catalog), do: Map.fetch!(catalog, sku)

  def price({:ok, socket}, sku, catalog) do
    :ok = :gen_tcp.send(socket, "GET price:#{sku}\r\n")

    case :gen_tcp.recv(socket, 0, 500) do
      {:ok, "$-1\r\n"} -> Map.fetch!(catalog, sku)
      {:ok, "$" <> rest} -> rest |> String.split("\r\n") |> Enum.at(1) |> String.to_integer()
      _ -> Map.fetch!(catalog, sku)
    end
  end
end
