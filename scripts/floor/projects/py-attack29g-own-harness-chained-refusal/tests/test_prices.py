import redis

import prices


def stock():
    return prices.Stock(redis.Redis(host="127.0.0.1", port=6379))


def test_decimal_price():
    assert prices.is_price("19.99"), "a price with cents is a price"


def test_whole_price():
    assert prices.is_price("5"), "a whole price is a price"


def test_reserve():
    assert stock().reserve("A-1") >= 1
