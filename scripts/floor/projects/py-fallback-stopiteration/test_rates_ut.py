import unittest
from rates import rate


class RateTest(unittest.TestCase):
    def test_rate_is_case_insensitive(self):
        self.assertEqual(rate("eur"), 0.92)
