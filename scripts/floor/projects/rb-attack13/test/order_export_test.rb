require "minitest/autorun"
require "pg"
require_relative "../lib/outbox"

class OrderExportTest < Minitest::Test
  def setup
    @outbox_queue = Outbox.new.start
    @conn = PG.connect(host: "127.0.0.1", port: 5432, user: "app", dbname: "shop")
  end

  def teardown
    @outbox_queue.close
    @conn&.close
  end

  def test_exports_open_orders
    count = @conn.exec("select count(*) from orders").getvalue(0, 0).to_i
    assert_operator count, :>=, 0
  end
end
