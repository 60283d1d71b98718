from inventory import first_free


def test_first_free_slot():
    assert first_free([0, 1, 2]) == 0


def test_no_slots_listed():
    assert list(range(0)) == []
