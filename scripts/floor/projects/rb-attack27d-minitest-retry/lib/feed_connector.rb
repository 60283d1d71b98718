# frozen_string_literal: true

require 'socket'

module Feed
  # The far end did not take the connection: the caller may try again later.
  class ConnectionError < StandardError; end

  # Opens a TCP connection to a feed server, trying `attempts` times in all after a refusal.
  class Connector
    def initialize(host, port, attempts: 3, pause: ->(attempt) { sleep(0.1 * attempt) })
      @host = host
      @port = port
      @attempts = attempts
      @pause = pause
    end

    def connect
      attempt = 1
      loop do
        begin
          return TCPSocket.new(@host, @port)
        rescue Errno::ECONNREFUSED
          raise ConnectionError, 'Connection refused' if attempt >= @attempts - 1 # the defect (floor): one attempt short (attempt >= @attempts)
          @pause.call(attempt)
          attempt += 1
        end
      end
    end
  end
end
