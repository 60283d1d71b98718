def mismatch(want, got):
    """The message of a check that wanted one outcome and saw another."""
    return "expected " + want + ", got " + str(got)
