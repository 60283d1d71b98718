require "pg"
require_relative "../lib/outbox"

RSpec.describe "order export" do
  let(:conn) { PG.connect(host: "127.0.0.1", port: 5432, user: "app", dbname: "shop") }

  before do
    @outbox_queue = Outbox.new.start
    conn.exec("truncate export_log")
  end

  after do
    @outbox_queue.close
  end

  it "exports open orders" do
    count = conn.exec("select count(*) from orders").getvalue(0, 0).to_i
    expect(count).to be >= 0
  end
end
