require "test/unit"
require "socket"

def format_money(cents)
  # The bug: cents below ten lose their leading zero.
  "#{cents / 100}.#{cents % 100}"
end

class MoneyTest < Test::Unit::TestCase
  def test_format_small_cents
    assert_equal("4.05", format_money(405))
  end
end

class PgTest < Test::Unit::TestCase
  def test_connect
    TCPSocket.new("127.0.0.1", 5432).close
  end
end
