import psycopg2
import pytest

DSN = dict(host="127.0.0.1", port=5432, user="postgres", password="postgres", dbname="shop", connect_timeout=2)


@pytest.fixture
def db():
    conn = psycopg2.connect(**DSN)
    yield conn
    conn.close()


def test_export(db):
    with db.cursor() as cur:
        cur.execute("select 1")
        assert cur.fetchone() == (1,)
