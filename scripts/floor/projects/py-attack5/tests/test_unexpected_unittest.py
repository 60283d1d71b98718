import socket
import unittest


class TotalsTest(unittest.TestCase):
    # DEFECT: a leftover @expectedFailure on a test that passes: unittest fails the run for it
    # (an unexpected success), whatever the services do.
    @unittest.expectedFailure
    def test_total(self):
        self.assertEqual(sum([250, 250, 250]), 750)

    def test_cached_total(self):
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as s:
            s.sendall(b"GET total\r\n")


if __name__ == "__main__":
    unittest.main()
