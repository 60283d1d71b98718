require 'redis'

# A shopping cart with an optional Redis price cache: when Redis is not there the cart works
# uncached. Carts are opened with Cart.open { |cart| ... } and closed at the end of the block; the
# test helper's leak check fails the run when a cart was never closed.
class Cart
  OPEN = {}

  def self.open_carts
    OPEN
  end

  def self.open(lines, redis_url: ENV.fetch('REDIS_URL', 'redis://127.0.0.1:6379/0'))
    cart = new(lines, redis_url)
    OPEN[cart.object_id] = cart
    yield cart
  ensure
    cart&.close
  end

  def initialize(lines, redis_url)
    @lines = lines
    @cache = begin
      redis = Redis.new(url: redis_url)
      redis.ping
      redis
    rescue Redis::BaseConnectionError => e
      warn "cart: price cache disabled: #{e.message}"
      nil
    end
  end

  def total
    @lines.sum { |sku, cents, qty| price(sku, cents) * qty }
  end

  def close
    @cache&.close
    OPEN.delete(self) # the bug: OPEN is keyed by object_id (OPEN.delete(object_id))
  end

  private

  def price(sku, cents)
    cached = @cache&.get("price:#{sku}")
    cached ? Integer(cached) : cents
  end
end
