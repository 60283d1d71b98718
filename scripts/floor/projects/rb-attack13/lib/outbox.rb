# An in-process queue of webhook deliveries, drained by a worker thread.
class Outbox
  def initialize
    @jobs = Queue.new
    @delivered = []
  end

  attr_reader :delivered

  def start
    @worker = Thread.new do
      while (job = @jobs.pop)
        @delivered << job
      end
    end
    warn "outbox worker started" if ENV["DEBUG_OUTBOX"]
    # bug: the debug line above is now the return value (nil), not self
  end

  def push(job)
    @jobs << job
  end

  def close
    @jobs.close
    @worker&.join
  end
end
