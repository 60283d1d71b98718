import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import redis

import settings
from rate_limiter import RateLimiter


def test_redis_is_up():
    assert redis.Redis(host=settings.REDIS_HOST, port=settings.REDIS_PORT).ping()


def test_fourth_call_is_refused():
    limiter = RateLimiter()
    key = f"user-{os.getpid()}"
    assert [limiter.allow(key) for _ in range(4)] == [True, True, True, False]
