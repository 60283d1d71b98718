import unittest

from shop.db import Database

DSN = dict(host="127.0.0.1", port=5432, user="app", dbname="shop", connect_timeout=2)


class InvoiceExportTest(unittest.TestCase):
    conn = None

    def setUp(self):
        self.addCleanup(self.close_db)
        self.db = Database(DSN)

    def close_db(self):
        self.conn.close()

    def test_totals(self):
        self.assertEqual(sum([1, 2, 3]), 6)


if __name__ == "__main__":
    unittest.main()
