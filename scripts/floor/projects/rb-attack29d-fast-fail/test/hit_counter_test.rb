require 'minitest/autorun'
require 'minitest/reporters'
Minitest::Reporters.use! Minitest::Reporters::DefaultReporter.new(fast_fail: true)
require 'hit_counter'

class HitCounterTest < Minitest::Test
  def setup
    @redis = Redis.new(host: '127.0.0.1', port: 6379)
    @redis.del('hits:home') if ENV['REDIS_UP']
  end

  def test_first_hit
    assert_equal 1, HitCounter.new(@redis).hit('home')
  end

  def test_second_hit
    counter = HitCounter.new(@redis)
    counter.hit('home')
    assert_equal 2, counter.hit('home')
  end

  def test_share
    assert_equal 33.3, HitCounter.share(1, 3)
  end
end
