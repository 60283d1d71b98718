import unittest

import psycopg2

from tests.stub import StubServer


class OrderExportTest(unittest.TestCase):
    def setUp(self):
        self.stub = StubServer()
        self.stub.start()
        self.addCleanup(self.stub.stop)
        self.conn = psycopg2.connect(host="127.0.0.1", port=5432, user="app", dbname="shop")
        self.addCleanup(self.conn.close)

    def test_export_posts_open_orders(self):
        with self.conn.cursor() as cur:
            cur.execute("select count(*) from orders")
            self.assertGreaterEqual(cur.fetchone()[0], 0)


if __name__ == "__main__":
    unittest.main()
