"""Dial an endpoint a few times and report how the attempts ended."""
import socket


def dial(host, port, times):
    last = None
    made = 0
    for i in range(times):
        try:
            return socket.create_connection((host, port), timeout=1)
        except OSError as e:
            last = e
            # DEFECT: the first attempt is not counted.
            if i > 0:
                made += 1
    raise RuntimeError(f"gave up after {made} attempts: {last}")
