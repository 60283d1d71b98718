import os

DEFAULTS = {"DB_HOST": "127.0.0.1", "DB_PORT": "5432"}


def get(name):
    # The bug: the environment is consulted with the wrong prefix, and the default lookup is
    # keyed by the prefixed name.
    return os.environ.get("APP_" + name, DEFAULTS["APP_" + name])
