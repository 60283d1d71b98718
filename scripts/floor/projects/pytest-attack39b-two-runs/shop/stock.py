class OversoldError(Exception):
    pass


def reserve(stock, sku, qty):
    """Returns the new stock levels, or raises OversoldError."""
    left = stock.get(sku, 0)
    if left > qty:
        return {**stock, sku: left - qty}
    raise OversoldError(f"cannot reserve {qty} of {sku}: {left} left")
