import store


def test_save_order():
    store.save_order(1, 12.5)


def test_remember_total():
    assert store.remember_total(1, 12.5) == 12.5
