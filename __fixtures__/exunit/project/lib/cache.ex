defmodule Probe.Cache do
  require Logger
  # Dials the cache; logs and falls back when it is not there.
  def connect(port \\ 6379) do
    case :gen_tcp.connect(~c"127.0.0.1", port, [:binary, active: false], 500) do
      {:ok, s} -> {:ok, s}
      {:error, reason} ->
        Logger.warning("cache disabled (127.0.0.1:#{port}): #{inspect(reason)}")
        :none
    end
  end
  def total(lines) do
    _ = connect()
    sub = Enum.sum(for {p, q} <- lines, do: p * q)
    if sub > 10000, do: div(sub * 9, 10), else: sub
  end
end
defmodule Probe.Raw do
  require Logger
  # Dials the cache; logs a refusal and hands it back.
  def connect(port \\ 6379) do
    with {:error, reason} = error <- :gen_tcp.connect(~c"127.0.0.1", port, [:binary, active: false], 500) do
      Logger.error("cache 127.0.0.1:#{port} unreachable: #{inspect(reason)}")
      error
    end
  end
end
