require "minitest/autorun"
require "socket"

class Backoff
  # The bug: grows linearly, not exponentially.
  def delay(attempt) = 100 * attempt
end

class BackoffTest < Minitest::Test
  def test_doubles
    assert_equal 400, Backoff.new.delay(3)
  end
end

class BrokerTest < Minitest::Test
  def test_publish
    TCPSocket.new("127.0.0.1", 5672).close
  end

  def test_consume
    TCPSocket.new("127.0.0.1", 5672).close
  end
end
