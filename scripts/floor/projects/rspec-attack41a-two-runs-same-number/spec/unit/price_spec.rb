require_relative '../../lib/shop/price'

RSpec.describe Shop::Price do
  it 'takes 10% off 9.99' do
    expect(Shop::Price.discounted(999, 10)).to eq(899)
  end

  it 'rounds half a cent up' do
    expect(Shop::Price.discounted(1005, 10)).to eq(905), 'prices must round half a cent up'
  end
end
