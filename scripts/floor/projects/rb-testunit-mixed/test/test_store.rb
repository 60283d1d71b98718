require "test/unit"
require "socket"

def slug(s)
  # The bug: strips digits too.
  s.downcase.gsub(/[^a-z]+/, "-")
end

class SlugTest < Test::Unit::TestCase
  def test_keeps_digits
    assert_equal("release-2-0", slug("Release 2.0"))
  end
end

class StoreTest < Test::Unit::TestCase
  def setup
    @conn = TCPSocket.new("127.0.0.1", 5432)
  end

  %w[create read update delete archive restore].each do |op|
    define_method("test_#{op}") { @conn.write(op) }
  end
end
