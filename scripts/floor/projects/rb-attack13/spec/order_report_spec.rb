require "pg"
require_relative "../lib/report_formatter"

RSpec.describe "orders" do
  let(:conn) { PG.connect(host: "127.0.0.1", port: 5432, user: "app", dbname: "shop") }

  it "counts open orders" do
    count = conn.exec("select count(*) from orders").getvalue(0, 0).to_i
    expect(count).to be >= 0
  end

  context "report formatting" do
    before(:context) do
      @report_formatter = ReportFormatter.new("EUR")
    end

    after(:context) do
      # bug: left over from when the report posted to a client; nothing assigns it now
      @report_client.close
    end

    it "formats a total" do
      expect(@report_formatter.format(1234.5)).to eq("1234.50 EUR")
    end
  end
end
