import redis

from db import connect


def test_connects():
    conn = connect("host=127.0.0.1 port=5432 dbname=app user=app")
    conn.close()


def test_cache_answers():
    assert redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
