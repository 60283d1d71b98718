import sessions


def test_memcached_is_up():
    assert sessions.ping()


def test_session_round_trip(private_memcached):
    store = sessions.SessionStore(private_memcached)
    assert store.save("sid-1", "user=42")
    assert store.load("sid-1") == "user=42"


def test_missing_session_is_none(private_memcached):
    store = sessions.SessionStore(private_memcached)
    assert store.load("nope") is None
