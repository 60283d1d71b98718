# The project's own Kafka helpers (no client gem involved): partition assignment for order events.
require "zlib"

module Kafka
  module ConsumerUtils
    def self.partition_for(key, partitions)
      Zlib.crc32(key.to_s) % partitions
    end
  end
end
