import socket
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))

import pytest

from discount import apply


@pytest.fixture
def db():
    return socket.create_connection(("127.0.0.1", 5432), timeout=2)


def test_insert_order(db):
    db.sendall(b"x")


def test_read_order(db):
    db.recv(1)


def test_discount():
    assert apply(100.0, 10) == 90.0
