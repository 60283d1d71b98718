require "pg"

# Writes audit rows through a connection of its own, opened on first use.
class AuditLog
  attr_reader :conn

  def initialize(params)
    @params = params
    @conn = nil
  end

  def record(event)
    @conn ||= PG.connect(**@params)
    @conn.exec_params("insert into audit (event) values ($1)", [event])
  end
end
