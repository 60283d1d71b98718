require 'spec_helper'

RSpec.describe Cart do
  it 'totals its lines' do
    Cart.open([['apple', 100, 2], ['pear', 250, 1]]) { |cart| expect(cart.total).to eq 450 }
  end

  it 'totals an empty cart to zero' do
    Cart.open([]) { |cart| expect(cart.total).to eq 0 }
  end
end
