require 'pg'

class Database
  def initialize(dsn)
    @conn = PG.connect(**dsn)
    @conn.exec('set search_path to shop')
  end

  def count_open_orders
    @conn.exec("select count(*) from orders where state = 'open'").getvalue(0, 0).to_i
  end

  def close
    @conn.close
  end
end
