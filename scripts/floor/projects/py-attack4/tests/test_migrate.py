import socket

from migrate import pending


def test_lists_migrations():
    assert pending() == ["001_users.sql"]


def test_database_answers():
    socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
