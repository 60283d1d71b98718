import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import redis

import settings
from sessions import SessionStore


def test_redis_is_up():
    assert redis.Redis.from_url(settings.REDIS_URL).ping()


def test_session_round_trip():
    store = SessionStore()
    store.save("abc", {"user": 7})
    assert store.load("abc") == {"user": 7}
