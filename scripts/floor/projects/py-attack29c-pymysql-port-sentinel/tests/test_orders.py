import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import health
import orders


def test_mysql_is_up():
    assert health.mysql_version()


def test_order_count():
    assert orders.order_count() == 42
