require "minitest/autorun"
require_relative "../lib/totals_cache"

class TotalsCacheTest < Minitest::Test
  def test_remembers_a_total
    assert_equal 12.5, TotalsCache.new.remember(1, 12.5)
  end
end
