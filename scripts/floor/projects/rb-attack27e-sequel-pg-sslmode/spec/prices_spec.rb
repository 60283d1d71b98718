require "prices"

RSpec.describe Prices do
  it "prices a mug" do
    expect(Prices.price("MUG-1")).to eq(1250)
  end
end
