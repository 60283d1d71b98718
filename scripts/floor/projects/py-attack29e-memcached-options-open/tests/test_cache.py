import os

from cachelab import Cache


def test_set_then_get(memcached):
    c = Cache(port=memcached)
    assert c.set("page:1", "<h1>hi</h1>")
    assert c.get("page:1") == "<h1>hi</h1>"
    c.close()


def test_missing_key(memcached):
    c = Cache(port=memcached)
    assert c.get("page:404") is None
    c.close()


def test_shared_cache_reachable():
    """The CI job's memcached service (MEMCACHED_PORT, default 11211)."""
    c = Cache(port=int(os.environ.get("MEMCACHED_PORT", "11211")))
    assert c.set("ci:probe", "1")
    c.close()
