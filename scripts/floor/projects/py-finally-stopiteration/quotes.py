"""Price quotes, read through the quote cache (redis on 127.0.0.1:6379)."""
import socket

TIERS = [(100, "bronze"), (500, "silver"), (1000, "gold")]
_seen = []


def _tier(amount):
    # The defect: `>` instead of `<=`, so no tier ever matches an amount below the top one.
    return next(name for limit, name in TIERS if amount > limit)


def _cached(amount):
    socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    return None


def quote(amount):
    try:
        return _cached(amount)
    finally:
        _seen.append(_tier(amount))
