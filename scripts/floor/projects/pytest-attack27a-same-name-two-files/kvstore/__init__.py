import json
import sqlite3


class RedisStore:
    def __init__(self, client):
        self.client = client

    def put(self, key, value):
        self.client.set(key, json.dumps(value))

    def get(self, key):
        raw = self.client.get(key)
        return None if raw is None else json.loads(raw)


def open_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v TEXT)")
    conn.commit()


class SqliteStore:
    def __init__(self, conn):
        self.conn = conn

    def put(self, key, value):
        cur = self.conn.cursor()
        cur.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (key, json.dumps(value)))
        self.conn.commit()

    def get(self, key):
        cur = self.conn.cursor()
        row = cur.execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])
