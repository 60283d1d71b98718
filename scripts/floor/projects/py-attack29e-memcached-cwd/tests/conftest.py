import os
import socket
import subprocess
import time

import pytest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PORT = 11311


def wait_for_port(port, timeout=5.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@pytest.fixture(scope="session")
def memcached():
    """A private memcached for the tests, on port 11311, run in services/memcached (its pid file goes there)."""
    cmd = ["memcached", "-l", "127.0.0.1", "-p", str(PORT), "-u", "root", "-P", "memcached.pid"]
    # defect: the working folder is services/memcached under the project root: os.path.join(ROOT, "services", "memcached")
    proc = subprocess.Popen(cmd, cwd="memcached")
    try:
        wait_for_port(PORT)
        yield PORT
    finally:
        proc.terminate()
        proc.wait()
