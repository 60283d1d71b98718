from kvstore import SqliteStore, open_sqlite


def test_roundtrip(tmp_path):
    store = SqliteStore(open_sqlite(str(tmp_path / "kv.db")))
    store.put("answer", {"n": 42})
    assert store.get("answer") == {"n": 42}
