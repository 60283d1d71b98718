import cart


def pytest_sessionfinish(session, exitstatus):
    if cart.OPEN:
        print("\nleak check: %d session(s) never closed" % len(cart.OPEN))
        session.exitstatus = 1
