require "socket"

# A ledger that mirrors each posting to the audit queue (127.0.0.1:5672) and always counts it.
class Ledger
  class << self
    attr_reader :counts
  end
  @counts = {}.freeze # the defect: frozen by mistake, so counting a posting raises

  def self.post(account, amount)
    TCPSocket.new("127.0.0.1", 5672).close
    amount
  ensure
    raise "cannot count posting for #{account}" if counts.frozen?
    counts[account] = (counts[account] || 0) + 1
  end
end
