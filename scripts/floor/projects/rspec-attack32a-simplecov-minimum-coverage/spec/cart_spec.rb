require "spec_helper"

RSpec.describe Cart do
  it "totals lines" do
    expect(Cart.total([["apple", 2], ["pear", 1]])).to eq(750)
  end

  it "discounts" do
    expect(Cart.discount(999, 10)).to eq(900)
  end
end
