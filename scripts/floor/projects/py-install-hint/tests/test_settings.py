import os, socket, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))

import settings


def test_default_port():
    assert settings.get("DB_PORT") == "5432"


def test_db_reachable():
    socket.create_connection(("127.0.0.1", 5432), timeout=2).close()
