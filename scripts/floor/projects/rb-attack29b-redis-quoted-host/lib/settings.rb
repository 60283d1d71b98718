# Where the CI job's Redis is: REDIS_HOST / REDIS_PORT, loopback by default.
module Settings
  def self.cache
    redis_host = ENV.fetch("REDIS_HOST", "127.0.0.1")
    redis_port = Integer(ENV.fetch("REDIS_PORT", "6379"))
    # The defect: the host is the local variable's name in quotes ("redis_host"), not its value.
    { host: "redis_host", port: redis_port }
  end
end
