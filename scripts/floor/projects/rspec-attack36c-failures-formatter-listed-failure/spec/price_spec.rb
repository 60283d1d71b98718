require 'cache'
require 'price'

RSpec.describe Cache do
  it 'falls back to a local store' do
    expect(Cache.new.fetch('greeting') { 'hello' }).to eq('hello')
  end
end

RSpec.describe Price do
  it 'adds tax' do
    expect(Price.with_tax(1000, 0.2)).to eq(1200)
  end
end
