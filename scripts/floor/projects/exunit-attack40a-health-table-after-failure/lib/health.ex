defmodule Shop.Health do
  @moduledoc """
  What the shop depends on and whether it answers, as a small table for the logs: the name
  right-aligned in ten columns, then where it is and what it said. The Redis price cache is
  optional (the catalog is the fallback).
  """

  def checks do
    [
      {"cache", "redis 127.0.0.1:6379", probe(~c"127.0.0.1", 6379)},
      {"catalog", "built-in", {:ok, map_size(Shop.Cart.catalog())}}
    ]
  end

  def report do
    checks()
    |> Enum.map(fn {name, where, status} -> String.pad_leading(name, 10) <> "  " <> where <> "  " <> inspect(status) end)
    |> Enum.join("\n")
  end

  defp probe(host, port) do
    case :gen_tcp.connect(host, port, [:binary, active: false], 500) do
      {:ok, socket} ->
        :gen_tcp.close(socket)
        :ok

      {:error, reason} ->
        {:error, reason}
    end
  end
end
