import redis


class CacheError(Exception):
    """What callers catch when the cache cannot answer (they go to the catalogue)."""


def cached_price(sku, port=6379):
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1)
    # The defect: redis's ConnectionError is not wrapped in CacheError, so callers miss it.
    value = client.get(f"price:{sku}")
    return None if value is None else int(value)
