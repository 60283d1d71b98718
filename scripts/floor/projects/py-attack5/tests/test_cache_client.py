import cache


def test_client_uses_the_url():
    c = cache.client("redis://127.0.0.1:6379/3")
    assert c.connection_pool.connection_kwargs["db"] == 3
