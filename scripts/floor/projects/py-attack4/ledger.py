import socket


class Overdraft(Exception):
    pass


def withdraw(balance, amount):
    try:
        # Mirror the balance to the ledger service (127.0.0.1:6379) when it is there.
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pass_through = True  # noqa: F841 (the mirror is optional)
        # The defect: >= instead of >, so withdrawing the whole balance is refused (raised
        # while the refusal is being handled, so Python chains the two).
        if amount >= balance:
            raise Overdraft
    return balance - amount
