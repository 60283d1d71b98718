import cart


def test_total():
    assert cart.total([("apple", 2), ("pear", 1)]) == 750


def test_discount():
    assert cart.discount(999, 10) == 900


def test_session_close():
    s = cart.Session("ann")
    s.close()
