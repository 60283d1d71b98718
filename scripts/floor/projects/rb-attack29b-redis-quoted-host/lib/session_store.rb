require "redis"
require_relative "settings"

# Keeps signed-in users' sessions in Redis for an hour.
class SessionStore
  TTL = 3600

  def initialize
    @redis = Redis.new(**Settings.cache)
  end

  def save(session_id, user_id)
    @redis.set("session:#{session_id}", user_id, ex: TTL)
    session_id
  end
end
