import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))

import app


def test_cache_roundtrip():
    c = app.cache()
    c.close()


def test_greeting():
    assert app.greeting({"name": "Ada"}) == "Hello, Ada"


def test_config_port():
    assert app.CONFIG["cache_port"] == 6379
