import socket
import threading


class StubServer:
    """A one-shot TCP stub the report tests talk to."""

    def __init__(self):
        self._sock = None
        self.port = None

    def start(self):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        self.sock = sock  # bug: stop() closes self._sock
        self.port = sock.getsockname()[1]

    def stop(self):
        self._sock.close()
