from kvstore import RedisStore


def test_roundtrip():
    store = RedisStore(host="localhost", port=6379)
    store.put("answer", {"n": 42})
    assert store.get("answer") == {"n": 42}
