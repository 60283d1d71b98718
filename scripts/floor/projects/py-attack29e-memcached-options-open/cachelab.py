"""A tiny memcached client: enough text protocol for the page cache."""
import socket


class Cache:
    def __init__(self, host="127.0.0.1", port=11211, timeout=2.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.f = self.sock.makefile("rwb")

    def set(self, key, value, ttl=0):
        data = value.encode()
        self.f.write(b"set %s 0 %d %d\r\n%s\r\n" % (key.encode(), ttl, len(data), data))
        self.f.flush()
        return self.f.readline().strip() == b"STORED"

    def get(self, key):
        self.f.write(b"get %s\r\n" % key.encode())
        self.f.flush()
        line = self.f.readline().strip()
        if line == b"END":
            return None
        _, _, _, size = line.split()
        data = self.f.read(int(size) + 2)[:-2]
        self.f.readline()
        return data.decode()

    def close(self):
        self.f.close()
        self.sock.close()
