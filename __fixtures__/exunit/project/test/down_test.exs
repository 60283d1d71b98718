defmodule Probe.DownTest do
  use ExUnit.Case
  @moduletag :down

  test "the cache answers (assert match)" do
    assert {:ok, _socket} = :gen_tcp.connect(~c"127.0.0.1", 6379, [:binary], 500)
  end

  test "the cache answers (bare match)" do
    {:ok, socket} = :gen_tcp.connect(~c"127.0.0.1", 6379, [:binary], 500)
    assert is_port(socket)
  end

  test "the cache answers (logged, then asserted)" do
    assert {:ok, _} = Probe.Raw.connect()
  end

  test "a passing test" do
    assert 1 + 1 == 2
  end
end
