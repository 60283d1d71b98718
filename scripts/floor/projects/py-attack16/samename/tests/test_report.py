import os

import psycopg2
import pytest

from tests.test_orders import DSN


def render(rows):
    return "\n".join(",".join(str(c) for c in row) for row in rows)


@pytest.fixture
def conn():
    # The archive database is only opened when REPORT_ARCHIVE is set.
    conn = psycopg2.connect(**DSN) if os.environ.get("REPORT_ARCHIVE") else None
    yield conn
    conn.close()


def test_export(conn):
    assert render([(1, "a"), (2, "b")]) == "1,a\n2,b"
