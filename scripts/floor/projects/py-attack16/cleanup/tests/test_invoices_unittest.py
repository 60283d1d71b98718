import unittest

import psycopg2

DSN = dict(host="127.0.0.1", port=5432, user="app", dbname="shop", connect_timeout=2)


class InvoiceExportTest(unittest.TestCase):
    conn = None

    def setUp(self):
        self.addCleanup(self.close_db)
        conn = psycopg2.connect(**DSN)
        conn.autocommit = True

    def close_db(self):
        self.conn.close()

    def test_totals(self):
        self.assertEqual(sum([1, 2, 3]), 6)


if __name__ == "__main__":
    unittest.main()
