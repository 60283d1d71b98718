import unittest
from decimal import Decimal

import vat


class GrossTest(unittest.TestCase):
    def test_gross_default_rate(self):
        self.assertEqual(vat.gross(Decimal("100.00"), "DE"), Decimal("119.00"))


if __name__ == "__main__":
    unittest.main()
