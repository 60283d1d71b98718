psycopg2 = None


def _driver():
    """Imports psycopg2 on first use (the CLI does not need it)."""
    global psycopg2
    if psycopg2 is None:
        # The defect: the imported module is bound to a local name, never to the global.
        import psycopg2 as driver  # noqa: F401
    return psycopg2


def connect(dsn):
    _driver()
    return psycopg2.connect(dsn)
