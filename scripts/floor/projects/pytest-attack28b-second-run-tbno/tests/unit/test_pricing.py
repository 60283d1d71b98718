from shop.pricing import discounted_total


def test_small_order():
    assert discounted_total(4000) == 4000


def test_at_threshold():
    assert discounted_total(10000) == 9000, "an order of exactly the threshold gets 10% off"


def test_at_custom():
    assert discounted_total(5000, threshold=5000, percent=20) == 4000, "an order of exactly a custom threshold gets its own percentage off"
