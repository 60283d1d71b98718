import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import cache
import health


def test_redis_is_up():
    assert health.redis_ok()


def test_remember_total():
    assert cache.remember_total(42, 19.5) == 19.5
