from cache import cached_price


def test_unreachable_cache_gives_none():
    # The outage path: nothing listens on 127.0.0.1:6379 in CI.
    assert cached_price("A1") is None
