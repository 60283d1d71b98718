import logging
import sys
import warnings
import redis

log = logging.getLogger("cart")
_cache = redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1)


def cached_price(sku, compute):
    """Best-effort price cache: a missing Redis only costs a recomputation."""
    try:
        hit = _cache.get("price:" + sku)
        if hit is not None:
            return int(hit)
    except redis.exceptions.ConnectionError as exc:
        warnings.warn("price cache disabled: %s" % exc, RuntimeWarning)
    price = compute(sku)
    try:
        _cache.set("price:" + sku, price, ex=60)
    except redis.exceptions.ConnectionError:
        pass
    return price


def total(lines):
    return sum(cached_price(sku, lambda s: 250) * qty for sku, qty in lines)


def discount(amount, percent):
    # integer cents, rounded half down
    return amount - amount * percent // 100


OPEN = {}


class Session:
    def __init__(self, user):
        self.user = user
        OPEN[id(self)] = self

    def close(self):
        OPEN.pop(self.user, None)
