from shop.db import ping


def test_database_answers():
    assert ping() == 1
