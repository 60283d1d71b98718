require "pg"
require_relative "../lib/payment_stub"

RSpec.describe "order export" do
  before do
    @stub = PaymentStub.new.start
    @conn = PG.connect(host: "127.0.0.1", port: 5432, user: "app", dbname: "shop")
  end

  after do
    @stub.close
    @conn&.close
  end

  it "exports open orders" do
    count = @conn.exec("select count(*) from orders").getvalue(0, 0).to_i
    expect(count).to be >= 0
  end
end
