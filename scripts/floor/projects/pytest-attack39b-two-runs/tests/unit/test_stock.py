from shop.stock import reserve


def test_reserves_the_last_units():
    assert reserve({"apple": 3}, "apple", 3) == {"apple": 0}


def test_keeps_what_is_left():
    assert reserve({"apple": 3, "pear": 1}, "apple", 1) == {"apple": 2, "pear": 1}
