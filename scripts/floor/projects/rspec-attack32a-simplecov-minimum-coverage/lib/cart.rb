require "redis"

class Cart
  CACHE = Redis.new(host: "127.0.0.1", port: 6379, connect_timeout: 1, reconnect_attempts: 0)

  def self.price(sku)
    begin
      hit = CACHE.get("price:#{sku}")
      return Integer(hit) if hit
    rescue Redis::BaseConnectionError => e
      warn "cart: price cache disabled: #{e.message} (#{e.class})"
    end
    250
  end

  def self.total(lines)
    lines.sum { |sku, qty| price(sku) * qty }
  end

  def self.discount(amount, percent)
    amount - amount * percent / 100
  end

  def self.coupon(amount, code)
    return amount unless code
    amount - 100
  end
end
