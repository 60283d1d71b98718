"""A small key-value store with interchangeable backends."""
import json
import os

import redis


class StoreUnavailableError(Exception):
    """The backend could not be reached (every backend raises this)."""


class RedisStore:
    def __init__(self, host="localhost", port=6379):
        self.client = redis.Redis(host=host, port=port)

    def put(self, key, value):
        try:
            self.client.set(key, json.dumps(value))
        except redis.ConnectionError as e:
            raise StoreUnavailableError(f"redis store unavailable: {e}") from e

    def get(self, key):
        try:
            raw = self.client.get(key)
        except redis.ConnectionError as e:
            raise StoreUnavailableError(f"redis store unavailable: {e}") from e
        return None if raw is None else json.loads(raw)


class FileStore:
    """One JSON file per key under a directory."""

    def __init__(self, root):
        self.root = root

    def _path(self, key):
        return os.path.join(self.root, f"{key}.json")

    def put(self, key, value):
        with open(os.path.join(self.root, key), "w") as f:
            json.dump(value, f)

    def get(self, key):
        try:
            with open(self._path(key)) as f:
                return json.load(f)
        except OSError as e:
            raise StoreUnavailableError(f"file store unavailable: {e}") from None
