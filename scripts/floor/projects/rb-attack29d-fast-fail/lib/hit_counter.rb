require 'redis'

# Counts page hits in Redis and reports each page's share of the total.
class HitCounter
  def initialize(redis)
    @redis = redis
  end

  def hit(page)
    @redis.incr("hits:#{page}")
  end

  def self.share(part, whole)
    (part * 100 / whole).round(1)
  end
end
