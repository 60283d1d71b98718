import pytest

from strict_cache import CacheError, cached_price


def test_unreachable_cache_raises_cache_error():
    # The outage path: nothing listens on 127.0.0.1:6379 in CI.
    with pytest.raises(CacheError):
        cached_price("A1")
