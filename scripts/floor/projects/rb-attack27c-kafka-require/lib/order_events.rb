require "socket"
require "json"

# Publishes order events to the broker at 127.0.0.1:9092 (a plain TCP line protocol in tests).
module OrderEvents
  BROKER = ["127.0.0.1", 9092].freeze
  PARTITIONS = 12

  def self.publish(order)
    TCPSocket.open(*BROKER) do |socket|
      socket.puts({ topic: "orders", partition: partition_for(order[:id]), payload: order }.to_json)
    end
    :sent
  end

  def self.partition_for(order_id)
    # Loaded on first use. The defect: the file is lib/kafka/consumer_utils.rb ("utls" is a typo).
    require "kafka/consumer_utls"
    Kafka::ConsumerUtils.partition_for(order_id, PARTITIONS)
  end
end
