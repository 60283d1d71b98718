require "minitest/autorun"
require "redis"
require_relative "../lib/totals_cache"

class TotalsCacheTest < Minitest::Test
  def test_redis_answers
    assert_equal "PONG", Redis.new(url: TotalsCache::URL).ping
  end

  def test_remembers_a_total
    cache = TotalsCache.new
    cache.remember(42, 1250)
    assert_equal 1250, cache.fetch(42)
  end
end
