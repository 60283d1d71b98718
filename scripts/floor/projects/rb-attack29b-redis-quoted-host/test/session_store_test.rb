require "minitest/autorun"
require "redis"
require_relative "../lib/session_store"

class SessionStoreTest < Minitest::Test
  def test_redis_answers
    assert_equal "PONG", Redis.new(host: ENV.fetch("REDIS_HOST", "127.0.0.1"), port: 6379).ping
  end

  def test_saves_a_session
    assert_equal "abc123", SessionStore.new.save("abc123", 7)
  end
end
