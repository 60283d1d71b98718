# Where the CI job's Redis service is (compose name `redis`).
module Settings
  REDIS_HOST = ENV.fetch("REDIS_HOST", "redis")
  REDIS_PORT = Integer(ENV.fetch("REDIS_PORT", "6379"))
  # The defect: '.' typed for ':' between host and port, so the URL's host is "redis.6379" (and the port the default).
  REDIS_URL = "redis://#{REDIS_HOST}.#{REDIS_PORT}/0"
end
