def discounted_total(total, threshold=10000, percent=10):
    """Orders of `threshold` cents or more get `percent` off."""
    # The defect: `>` where the docstring (and the tests) say "or more" (`>=`): an order of
    # exactly the threshold pays full price. It fails with Redis up too; no connection is made.
    if total > threshold:
        return total - total * percent // 100
    return total
