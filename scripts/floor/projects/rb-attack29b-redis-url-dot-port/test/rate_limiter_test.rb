require "minitest/autorun"
require "redis"
require_relative "../lib/rate_limiter"

class RateLimiterTest < Minitest::Test
  def test_redis_answers
    assert_equal "PONG", Redis.new(host: Settings::REDIS_HOST, port: Settings::REDIS_PORT).ping
  end

  def test_allows_the_first_call
    assert RateLimiter.new.allow?("user-#{rand(1_000_000)}")
  end
end
