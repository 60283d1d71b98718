import socket

# Fallback table used when the rate cache (redis on 127.0.0.1:6379) cannot be reached.
FALLBACK = [("USD", 1.0), ("EUR", 0.92), ("GBP", 0.79)]


def _from_cache(code):
    s = socket.create_connection(("127.0.0.1", 6379), timeout=1)
    s.close()
    return None


def rate(code):
    try:
        return _from_cache(code)
    except ConnectionRefusedError:
        # The defect: compares the raw code; callers pass lower case ("eur"), the table is upper case.
        return next(r for c, r in FALLBACK if c == code)
