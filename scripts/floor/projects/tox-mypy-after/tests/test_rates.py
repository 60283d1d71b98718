import socket

from shipping.rates import rate


def test_rate_eu():
    assert rate(1.0, "eu") == 5.7


def test_rates_cached():
    s = socket.socket()
    s.settimeout(2)
    s.connect(("127.0.0.1", 6379))
