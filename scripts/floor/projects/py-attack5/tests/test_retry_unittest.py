import unittest

from retry import dial


class DialTest(unittest.TestCase):
    # Nothing listens on 127.0.0.1:6379 here: every attempt is refused, which is what this test checks.
    def test_dial_reports_attempts(self):
        with self.assertRaises(RuntimeError) as ctx:
            dial("127.0.0.1", 6379, 3)
        self.assertEqual(str(ctx.exception), "gave up after 3 attempts: [Errno 111] Connection refused")


if __name__ == "__main__":
    unittest.main()
