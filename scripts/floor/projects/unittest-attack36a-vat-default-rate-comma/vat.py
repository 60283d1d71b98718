import logging
from decimal import Decimal

import redis

log = logging.getLogger("vat")
# The defect: the default rate written with a decimal comma (should be "0.19"); Decimal() refuses it,
# whether the cache answers (no key) or is down (the fallback).
DEFAULT_RATE = "0,19"
_cache = redis.Redis(host="localhost", port=6379, socket_connect_timeout=1)


class RateUnavailable(Exception):
    pass


def cached_rate(country):
    try:
        return _cache.get(f"vat:{country}")
    except redis.ConnectionError as e:
        raise RateUnavailable(f"vat cache unreachable: {e}") from e


def vat_rate(country):
    try:
        raw = cached_rate(country)
        if raw is None:
            return Decimal(DEFAULT_RATE)
        return Decimal(raw.decode())
    except RateUnavailable:
        return Decimal(DEFAULT_RATE)


def gross(net, country):
    return (net * (1 + vat_rate(country))).quantize(Decimal("0.01"))
