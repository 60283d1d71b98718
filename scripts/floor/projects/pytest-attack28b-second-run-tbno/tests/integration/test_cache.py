from shop import cache


def test_remembers_cart_total():
    cache.remember_cart(7, 120)
    assert cache.cart_total(7) == 120


def test_unknown_cart_has_no_total():
    assert cache.cart_total(999) is None
