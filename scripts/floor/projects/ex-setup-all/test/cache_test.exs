defmodule CacheTest do
  use ExUnit.Case

  setup_all do
    {:ok, socket} = :gen_tcp.connect('127.0.0.1', 6379, [:binary, active: false], 2000)
    %{socket: socket}
  end

  test "caches a balance", %{socket: socket} do
    :ok = :gen_tcp.send(socket, "PING\r\n")
  end

  test "expires a balance", %{socket: socket} do
    :ok = :gen_tcp.send(socket, "PING\r\n")
  end
end
