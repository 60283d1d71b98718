import unittest

from search import Client
from tests.fake import failing_server
from tests.helpers import mismatch


class CountTest(unittest.TestCase):
    def test_count_reports_server_error(self):
        srv, url = failing_server()
        self.addCleanup(srv.shutdown)
        try:
            Client(url).count("orders")
        except Exception as e:
            if "server error" not in str(e):
                self.fail(mismatch("server error", e))


if __name__ == "__main__":
    unittest.main()
