import logging
import traceback
import redis

log = logging.getLogger("store")


class PriceStore:
    """Prices in redis, falling back to an in-process dict once redis has failed."""

    def __init__(self, url="redis://localhost:6379/0"):
        self._r = redis.Redis.from_url(url, socket_connect_timeout=0.5)
        self._dead = False
        self._local = {}

    def put(self, sku, cents):
        self._local[sku] = cents
        if not self._dead:
            try:
                self._r.set(sku, cents)
            except redis.exceptions.ConnectionError as exc:
                self._dead = True
                traceback.print_exc()
                raise

    def get(self, sku):
        if self._dead:
            return self._local.get(sku)
        v = self._r.get(sku)
        return int(v) if v is not None else None


_store = PriceStore()


def store():
    return _store


class PricingError(Exception):
    pass


def apply_discount(cents, pct):
    if pct < 0 or pct > 100:
        raise PricingError("discount out of range: %r" % pct)
    return cents - cents * pct // 100


def next_tier(tiers, cents):
    # tiers: ascending thresholds; return first threshold above cents
    i = 0
    while i < len(tiers):
        if tiers[i] > cents:
            return tiers[i]
    return None


def total(items):
    return sum(c * q for c, q in items[1:])
