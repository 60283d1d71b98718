from inventory import first_free, reserve


def test_reserve_the_last_item():
    assert reserve({"mug": 2}, "mug", 2) == 0


def test_first_free_slot():
    assert first_free([0, 1, 2]) == 0
