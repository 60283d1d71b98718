import unittest
from shop import errors
from shop.storage import fetch_object

class StorageTest(unittest.TestCase):
    def test_guest_is_denied(self):
        result = fetch_object({"role": "guest"}, "k")
        self.assertIsInstance(result,
                              errors.AccessDenied)

if __name__ == "__main__":
    unittest.main()
