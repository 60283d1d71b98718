require 'minitest/autorun'
require_relative 'status_client'

class StatusClientTest < Minitest::Test
  def test_status_is_ok
    assert_equal 200, StatusClient.new.status
  end
end
