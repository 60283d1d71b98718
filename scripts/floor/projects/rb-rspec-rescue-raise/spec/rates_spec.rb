require_relative "../lib/rates"

RSpec.describe Rates do
  it "looks rates up case-insensitively" do
    expect(Rates.rate("eur")).to eq(0.92)
  end

  it "sums prices" do
    expect(Rates.total([1, 2])).to eq(3)
  end
end
