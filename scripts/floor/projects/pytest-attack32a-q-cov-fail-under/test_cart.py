import cart


def test_total():
    assert cart.total([("apple", 2), ("pear", 1)]) == 750
