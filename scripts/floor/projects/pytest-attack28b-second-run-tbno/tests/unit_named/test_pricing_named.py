from shop.pricing import discounted_total


def test_small_orders_pay_full_price():
    assert discounted_total(4000) == 4000


def test_orders_exactly_at_the_threshold_get_the_discount_applied_to_their_total():
    assert discounted_total(10000) == 9000


def test_orders_exactly_at_a_custom_threshold_get_the_custom_discount_applied_too():
    assert discounted_total(5000, threshold=5000, percent=20) == 4000
