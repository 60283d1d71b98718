from quotes import quote


def test_quote_records_the_tier():
    quote(250)
