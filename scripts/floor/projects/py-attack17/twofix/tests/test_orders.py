import os

import psycopg2
import pytest

DSN = dict(host="127.0.0.1", port=5432, user="postgres", password="postgres", dbname="shop", connect_timeout=2)


def render(rows):
    return "\n".join(",".join(str(c) for c in row) for row in rows)


@pytest.fixture
def archive():
    # The archive database is only opened when REPORT_ARCHIVE is set.
    conn = psycopg2.connect(**DSN) if os.environ.get("REPORT_ARCHIVE") else None
    yield conn
    conn.close()


@pytest.fixture
def db():
    conn = psycopg2.connect(**DSN)
    yield conn
    conn.close()


def test_export(archive, db):
    with db.cursor() as cur:
        cur.execute("select 1")
        assert render(cur.fetchall()) == "1"
