import redis

import prices


def cache():
    return prices.Cache(redis.Redis(host="127.0.0.1", port=6379))


def test_decimal_price():
    assert prices.is_price("19.99"), "a price with cents is a price"


def test_whole_price():
    assert prices.is_price("5"), "a whole price is a price"


def test_cached_total():
    assert cache().fetch("total", lambda: 1 + 2) == 3
