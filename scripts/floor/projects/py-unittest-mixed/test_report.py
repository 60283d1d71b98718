import socket
import unittest


def mean(xs):
    # The bug: divides by one less than the count.
    return sum(xs) / (len(xs) - 1)


class ReportTest(unittest.TestCase):
    def test_mean(self):
        self.assertEqual(mean([2, 4, 6]), 4)


class MongoTest(unittest.TestCase):
    def setUp(self):
        self.conn = socket.create_connection(("127.0.0.1", 27017), timeout=2)

    def test_insert(self):
        self.conn.sendall(b"ping")

    def test_find(self):
        self.conn.sendall(b"ping")


if __name__ == "__main__":
    unittest.main()
