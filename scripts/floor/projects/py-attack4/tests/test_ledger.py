from ledger import withdraw


def test_may_empty_the_account():
    assert withdraw(10, 10) == 0
