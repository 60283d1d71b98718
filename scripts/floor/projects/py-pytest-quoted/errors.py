def describe(exc: Exception, service: str) -> str:
    # The bug: the service name is left out.
    return f"{type(exc).__name__}: {exc}"
