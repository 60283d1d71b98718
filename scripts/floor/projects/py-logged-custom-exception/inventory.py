"""Stock levels, cached in redis (127.0.0.1:6379) when it is there."""
import logging
import socket

log = logging.getLogger("inventory")


class OutOfStock(Exception):
    pass


def _warm_cache():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError as exc:
        log.warning("stock cache unavailable: %s", exc)


def reserve(stock, sku, qty):
    _warm_cache()
    have = stock.get(sku, 0)
    if have <= qty:  # the defect: a reservation of exactly what is left is refused
        raise OutOfStock(f"{sku}: {have} left, {qty} wanted")
    stock[sku] = have - qty
    return stock[sku]


def first_free(slots):
    _warm_cache()
    return next(s for s in slots if s > 3)  # the defect: slot numbers start at 0, not 3
