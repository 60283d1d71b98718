require 'net/http'
require 'uri'

# Fetches the admin API's status page (HTTP, ADMIN_HOST:8080).
class StatusClient
  # The defect: copy-pasted from the cache settings: the redis host and port (REDIS_HOST, default
  # "redis", port 6379) instead of ADMIN_HOST / 8080. An HTTP request to redis fails whether redis runs or not.
  def initialize(env = ENV)
    @uri = URI("http://#{env.fetch('REDIS_HOST', 'redis')}:6379/status")
  end

  def status
    Net::HTTP.get_response(@uri).code.to_i
  end
end
