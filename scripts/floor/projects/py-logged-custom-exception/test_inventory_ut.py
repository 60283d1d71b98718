import unittest
from inventory import first_free, reserve


class InventoryTest(unittest.TestCase):
    def test_reserve_the_last_item(self):
        self.assertEqual(reserve({"mug": 2}, "mug", 2), 0)

    def test_first_free_slot(self):
        self.assertEqual(first_free([0, 1, 2]), 0)


if __name__ == "__main__":
    unittest.main()
