"""Opens a TCP connection to a feed server, trying again after a refusal."""
import socket
import time


class TransportError(Exception):
    """The far end did not take the connection; the message is the socket's own."""


def _pause(attempt):
    time.sleep(0.1 * attempt)


def connect_with_retry(host, port, attempts=3, pause=_pause):
    """Connects to host:port, `attempts` times in all, calling pause(attempt) after each refusal."""
    last = None
    for attempt in range(1, attempts):  # the defect (floor): one attempt short (range(1, attempts + 1))
        try:
            return socket.create_connection((host, port), timeout=1)
        except ConnectionRefusedError as exc:
            last = exc.strerror
            pause(attempt)
    raise TransportError(last)
