import reports


def test_live_orders():
    # No orders table in the test database.
    assert reports.live_orders() == 0


def test_monthly_orders():
    assert reports.monthly_orders() == 0
