import redis


def cached_price(sku, port=6379):
    """The price cached in redis, or None when the cache cannot be reached (the caller then asks
    the catalogue)."""
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1)
    try:
        value = client.get(f"price:{sku}")
    except redis.exceptions.ConnectionError as e:
        # The defect: returns the error instead of None, so callers take it for a price.
        return e
    return None if value is None else int(value)
