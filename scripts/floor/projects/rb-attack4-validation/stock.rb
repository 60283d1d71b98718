require 'socket'

# Stock levels kept in redis (127.0.0.1:6379).
class Stock
  def level(sku)
    # The defect: the SKU is no longer validated (the check was lost in a refactor), so an empty
    # SKU goes to redis instead of being rejected.
    # raise ArgumentError, 'empty SKU' if sku.empty?
    TCPSocket.new('127.0.0.1', 6379).close
    0
  end
end
