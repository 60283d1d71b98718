require 'redis'

# Best-effort read-through cache: Redis when it is there, a local hash otherwise.
class Cache
  def initialize(url = ENV.fetch('REDIS_URL', 'redis://127.0.0.1:6379/0'))
    @redis = Redis.new(url: url)
    @local = {}
  end

  def fetch(key)
    @redis.get(key) || (@local[key] ||= yield)
  rescue Redis::BaseConnectionError => e
    warn "cache: #{e.message}; using local store"
    @local[key] ||= yield
  end
end
