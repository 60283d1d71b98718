defmodule Shop.Cache do
  @moduledoc "Prices kept in Redis between requests (RESP over a plain socket)."

  def put(key, value, host \\ ~c"127.0.0.1", port \\ 6379) do
    {:ok, socket} = :gen_tcp.connect(host, port, [:binary, active: false], 1000)
    :ok = :gen_tcp.send(socket, "SET #{key} #{value}\r\n")
    {:ok, reply} = :gen_tcp.recv(socket, 0, 1000)
    :gen_tcp.close(socket)
    reply
  end
end
