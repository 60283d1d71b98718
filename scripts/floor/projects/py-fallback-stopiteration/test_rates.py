from rates import rate


def test_rate_is_case_insensitive():
    assert rate("eur") == 0.92
