# frozen_string_literal: true

require 'minitest/autorun'
require 'socket'
require_relative '../lib/feed_connector'

# Loopback servers stand in for the feed: the test needs no service.
class ConnectorTest < Minitest::Test
  def free_port
    server = TCPServer.new('127.0.0.1', 0)
    port = server.addr[1]
    server.close
    port
  end

  def test_connects_at_once_when_the_server_listens
    server = TCPServer.new('127.0.0.1', 0)
    connector = Feed::Connector.new('127.0.0.1', server.addr[1], pause: ->(_) { flunk 'no pause expected' })
    assert_kind_of TCPSocket, connector.connect
  ensure
    server&.close
  end

  def test_tries_again_after_a_refusal_up_to_its_attempts
    port = free_port
    server = nil
    pauses = []
    # The server starts listening after the second refusal: the third attempt connects.
    connector = Feed::Connector.new('127.0.0.1', port, attempts: 3, pause: lambda { |attempt|
      pauses << attempt
      server = TCPServer.new('127.0.0.1', port) if attempt == 2
    })
    assert_kind_of TCPSocket, connector.connect
    assert_equal [1, 2], pauses
  ensure
    server&.close
  end
end
