"""An optional redis cache: redis is an optional dependency, imported when present."""
try:
    import redis
except ImportError:  # pragma: no cover
    redis = None


def client(url="redis://127.0.0.1:6379/0"):
    # DEFECT: the test is inverted (`is not None` for `is None`): with redis installed, this
    # raises that it is not installed.
    if redis is not None:
        raise ImportError("redis is not installed: pip install redis")
    return redis.Redis.from_url(url)
