require "minitest/autorun"
require "order_events"

class OrderEventsTest < Minitest::Test
  def test_publishes_an_order_to_the_broker
    assert_equal :sent, OrderEvents.publish(id: 7, total: 12.5)
  end

  def test_keeps_an_orders_events_on_one_partition
    assert_equal OrderEvents.partition_for(7), OrderEvents.partition_for(7)
    assert_includes 0..11, OrderEvents.partition_for(7)
  end
end
