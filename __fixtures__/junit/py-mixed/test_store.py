import socket
from urllib.parse import urlparse

REDIS_URL = "redis://localhost:6379/0"


def redis_ping(url=REDIS_URL):
    u = urlparse(url)
    with socket.create_connection((u.hostname, u.port), timeout=2) as s:
        s.sendall(b"PING\r\n")
        return s.recv(16)


def _unused_orders():
    import psycopg2
    conn = psycopg2.connect("postgresql://app@localhost:5432/app")
    assert conn


def test_cache_answers():
    assert redis_ping() == b"+PONG\r\n"


def test_sum():
    assert sum([1, 2]) == 3


def slugify(text):
    return text.upper().replace(" ", "-")


def test_slug():
    assert slugify("Order Created") == "order-created"
