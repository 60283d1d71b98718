require_relative '../../lib/shop/cache'

RSpec.describe Shop::Cache do
  it 'keeps a computed price' do
    cache = Shop::Cache.new
    cache.fetch('price:test') { 899 }
    expect(cache.fetch('price:test') { raise 'not cached' }).to eq(899)
  end
end
