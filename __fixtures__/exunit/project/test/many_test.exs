defmodule Probe.ManyTest do
  use ExUnit.Case
  @moduletag :many
  for i <- 1..11 do
    test "discount row #{i}" do
      assert Probe.Cache.total([{2500, 4}]) == 9000, "row #{unquote(i)}: orders of 100.00 or more get 10% off"
    end
  end
end
