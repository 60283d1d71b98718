require "rates"

RSpec.describe Rates do
  it "gives the euro's rate" do
    expect(Rates.rate("EUR")).to eq(0.92)
  end
end
