import re

# "19.99" and "5" are prices; "5." and "abc" are not.
PRICE = re.compile(r"\d+\.\d\d")  # defect: the decimals should be optional: r"\d+(?:\.\d\d)?"


def is_price(text):
    return PRICE.fullmatch(text) is not None



class Stock:
    """Reserved stock counters, kept in Redis."""

    def __init__(self, client):
        self.client = client

    def reserve(self, sku):
        return self.client.incr(f"stock:reserved:{sku}")
