require "minitest/autorun"
require "redis"
require_relative "../lib/totals_cache"

class TotalsCacheTest < Minitest::Test
  def test_redis_answers
    assert_equal "PONG", Redis.new(host: "127.0.0.1", port: 6379).ping
  end

  def test_remembers_a_total
    assert_equal 1250, TotalsCache.new.remember(42, 1250)
  end
end
