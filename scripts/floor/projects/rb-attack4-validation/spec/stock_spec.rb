require_relative '../stock'

RSpec.describe Stock do
  it 'rejects an empty SKU' do
    expect { Stock.new.level('') }.to raise_error(ArgumentError)
  end
end
