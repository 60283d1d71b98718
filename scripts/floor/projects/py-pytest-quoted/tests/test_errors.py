import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))

from errors import describe


def test_describe_refused():
    exc = ConnectionRefusedError(111, "Connection refused")
    assert describe(exc, "postgresql") == "postgresql: ConnectionRefusedError: [Errno 111] Connection refused"


def test_describe_operational():
    exc = Exception('could not connect to server: Connection refused\n\tIs the server running on host "localhost" (127.0.0.1) and accepting\n\tTCP/IP connections on port 5432?')
    assert describe(exc, "postgresql").startswith("postgresql: ")
