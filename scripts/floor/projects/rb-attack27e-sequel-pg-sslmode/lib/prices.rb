require "socket"
require "sequel"

# Catalogue prices: from the price cache (redis on 127.0.0.1:6379, RESP's inline form), else from
# the catalogue's PostgreSQL read replica.
module Prices
  # The defect: sslmode "requre" (libpq knows disable, allow, prefer, require, verify-ca, verify-full).
  REPLICA_URL = ENV.fetch("REPLICA_URL", "postgres://app:app@127.0.0.1:5432/catalogue?sslmode=requre")

  def self.price(sku)
    cached = cached(sku)
    cached ? Integer(cached) : replica_price(sku)
  rescue Errno::ECONNREFUSED
    replica_price(sku)
  end

  def self.cached(sku)
    TCPSocket.open("127.0.0.1", 6379) do |socket|
      socket.write("GET price:#{sku}\r\n")
      socket.gets.start_with?("$-1") ? nil : socket.gets.chomp
    end
  end

  def self.replica_price(sku)
    Sequel.connect(REPLICA_URL) { |db| db[:prices].where(sku: sku).get(:cents) }
  end
end
