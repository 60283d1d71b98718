def apply(price: float, percent: int) -> float:
    # The bug: the percentage is applied as a fraction twice.
    return round(price * (1 - percent / 100 / 100), 2)
