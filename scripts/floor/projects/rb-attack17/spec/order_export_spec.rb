require 'database'

DB = { host: '127.0.0.1', port: 5432, user: 'app', dbname: 'shop', connect_timeout: 2 }

RSpec.describe 'order export' do
  before do
    @db = Database.new(DB)
  end

  after do
    @conn.close
  end

  it 'counts open orders' do
    expect(@db.count_open_orders).to be >= 0
  end
end
