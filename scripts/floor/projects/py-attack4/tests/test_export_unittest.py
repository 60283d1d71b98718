import unittest

import redis

from export import export


class ExportTest(unittest.TestCase):
    def test_dry_run_never_connects(self):
        try:
            self.assertEqual(export(["a", "b"], dry_run=True), 2)
        except redis.exceptions.ConnectionError as e:
            self.fail(str(e))


if __name__ == "__main__":
    unittest.main()
