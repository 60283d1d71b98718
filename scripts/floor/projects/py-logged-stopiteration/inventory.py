"""Stock levels, cached in redis (127.0.0.1:6379) when it is there."""
import logging
import socket

log = logging.getLogger("inventory")


def _warm_cache():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError as exc:
        log.warning("stock cache unavailable: %s", exc)


def first_free(slots):
    _warm_cache()
    # The defect: `> 3` was meant for the old numbering; slot numbers now start at 0.
    return next(s for s in slots if s > 3)
