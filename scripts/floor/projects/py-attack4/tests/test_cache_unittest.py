import unittest

from cache import cached_price


class CacheTest(unittest.TestCase):
    def test_unreachable_cache_gives_none(self):
        # The outage path: nothing listens on 127.0.0.1:6379 in CI.
        self.assertIsNone(cached_price("A1"))


if __name__ == "__main__":
    unittest.main()
