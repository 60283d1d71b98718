defmodule Shop.CacheTest do
  use ExUnit.Case

  test "keeps a price" do
    assert Shop.Cache.put("price:test", 899) == "+OK\r\n"
  end
end
