import pytest

from search import Client
from tests.fake import failing_server
from tests.helpers import mismatch


def test_count_reports_server_error():
    srv, url = failing_server()
    try:
        Client(url).count("orders")
    except Exception as e:
        if "server error" not in str(e):
            pytest.fail(mismatch("server error", e))
    finally:
        srv.shutdown()
