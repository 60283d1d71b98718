require "sequel"

RSpec.configure do |config|
  config.before(:suite) do
    path = File.expand_path("../data/catalogue.sqlite3", __dir__)
    File.delete(path) if File.exist?(path)
    Sequel.sqlite(path) do |db|
      db.create_table(:prices) { String :sku, primary_key: true; Integer :cents }
      db[:prices].insert(sku: "MUG-1", cents: 1250)
    end
  end
end
