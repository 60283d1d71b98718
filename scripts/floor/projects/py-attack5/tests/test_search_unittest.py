import unittest

from search import Client
from tests.fake import failing_server


class CountTest(unittest.TestCase):
    def test_count_reports_server_error(self):
        srv, url = failing_server()
        self.addCleanup(srv.shutdown)
        try:
            Client(url).count("orders")
        except Exception as e:
            if "server error" not in str(e):
                self.fail(f"expected server error, got {e}")
        else:
            self.fail("expected server error, got a count")


if __name__ == "__main__":
    unittest.main()
