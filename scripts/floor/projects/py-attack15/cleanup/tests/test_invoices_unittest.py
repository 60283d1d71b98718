import unittest

import psycopg2

DSN = dict(host="127.0.0.1", port=5432, user="app", dbname="shop")


class InvoiceExportTest(unittest.TestCase):
    # The reporting connection, opened only by the tests that read the report view.
    conn = None

    def setUp(self):
        self.addCleanup(self.close_report)
        self.db = psycopg2.connect(**DSN)
        self.addCleanup(self.db.close)

    def open_report(self):
        self.conn = psycopg2.connect(**DSN, options="-c search_path=report")
        return self.conn

    def close_report(self):
        self.conn.close()  # bug: None unless the test opened the report connection

    def test_export_counts_open_invoices(self):
        with self.db.cursor() as cur:
            cur.execute("select count(*) from invoices where state = 'open'")
            self.assertGreaterEqual(cur.fetchone()[0], 0)


if __name__ == "__main__":
    unittest.main()
