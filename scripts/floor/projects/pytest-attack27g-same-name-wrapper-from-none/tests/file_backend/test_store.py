from kvstore import FileStore


def test_roundtrip(tmp_path):
    store = FileStore(str(tmp_path))
    store.put("answer", {"n": 42})
    assert store.get("answer") == {"n": 42}
