from search import Client
from tests.fake import failing_server


def test_count_reports_server_error():
    srv, url = failing_server()
    try:
        try:
            Client(url).count("orders")
            err = None
        except Exception as e:  # what the caller would see
            err = e
        assert err is not None and "server error" in str(err), f"expected server error, got {err}"
    finally:
        srv.shutdown()
