defmodule Probe.CodeTest do
  use ExUnit.Case
  @moduletag :code

  test "an order of exactly 100.00 gets 10% off" do
    assert Probe.Cache.total([{2500, 4}]) == 9000, "orders of 100.00 or more get 10% off"
  end

  test "the cache is optional" do
    assert is_integer(Probe.Cache.total([{900, 2}]))
    IO.puts(:stderr, "cache probe: " <> inspect(:gen_tcp.connect(~c"127.0.0.1", 6379, [], 200)))
  end
end
