"""Session store on memcached's text protocol (a socket, no client library)."""
import socket

import settings


class SessionStore:
    def __init__(self, address=settings.MEMCACHED):
        self.address = address

    def _call(self, payload):
        with socket.create_connection(self.address, timeout=2) as sock:
            sock.sendall(payload)
            data = b""
            while not data.endswith((b"END\r\n", b"STORED\r\n", b"NOT_STORED\r\n", b"ERROR\r\n")):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
            return data

    def save(self, sid, value, ttl=1800):
        raw = value.encode()
        return self._call(b"set %s 0 %d %d\r\n%s\r\n" % (sid.encode(), ttl, len(raw), raw)) == b"STORED\r\n"

    def load(self, sid):
        data = self._call(b"get %s\r\n" % sid.encode())
        if not data.startswith(b"VALUE"):
            return None
        header, _, rest = data.partition(b"\r\n")
        size = int(header.split()[3])
        return rest[:size].decode()


def ping(address=settings.MEMCACHED):
    with socket.create_connection(address, timeout=2) as sock:
        sock.sendall(b"version\r\n")
        return sock.recv(64).startswith(b"VERSION")
