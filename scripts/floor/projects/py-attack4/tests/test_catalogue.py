import redis

from catalogue import prices_from_cache, prices_from_catalogue

ROWS = [{"sku": "A1", "listed": True}, {"sku": "B2", "listed": True}]


def test_falls_back_to_the_catalogue():
    try:
        prices = prices_from_cache()
    except redis.exceptions.ConnectionError:
        prices = prices_from_catalogue(ROWS)
        assert prices
