require_relative "../lib/ledger"

RSpec.describe Ledger do
  it "posts an amount" do
    expect(Ledger.post("acme", 5)).to eq(5)
  end
end
