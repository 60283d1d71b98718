defmodule Probe.OutageTest do
  use ExUnit.Case
  @moduletag :outage

  test "the cache answers (assert match)" do
    assert {:ok, _socket} = :gen_tcp.connect(~c"127.0.0.1", 6379, [:binary], 500)
  end

  test "the cache answers (bare match)" do
    {:ok, socket} = :gen_tcp.connect(~c"127.0.0.1", 6379, [:binary], 500)
    assert is_port(socket)
  end

  test "the cache answers (logged and asserted)" do
    assert {:ok, _} = Probe.Cache.connect()
  end
end
