require 'minitest/autorun'
require 'socket'

# The suite starts its own memcached (installed on the runner) in a scratch folder under tmp/.
class ServerTest < Minitest::Test
  DATA = File.join(__dir__, 'tmp', 'memcached-run')

  def test_starts_memcached_and_stores
    # The defect: tmp/memcached-run is never created (the mkdir_p was dropped), so the spawn
    # fails in chdir: Ruby reports it as the command's ENOENT.
    system('memcached', '-d', '-p', '47311', '-P', 'memcached.pid', exception: true, chdir: DATA)
    TCPSocket.new('127.0.0.1', 47311).close
  end

  def test_cache_answers
    TCPSocket.new('127.0.0.1', 11211).close
  end
end
