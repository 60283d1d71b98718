import os
import socket
import subprocess
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
CONF_DIR = os.path.join(HERE, "..", "conf")
PORT = 11311


def server_options(program):
    """The extra options for a server program, from conf/<program>.conf (comments skipped)."""
    path = os.path.join(CONF_DIR, program + ".conf")
    with open(program) as f:
        return [tok for line in f if not line.startswith("#") for tok in line.split()]


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
    """A private memcached for the tests, on port 11311."""
    cmd = ["memcached", "-l", "127.0.0.1", "-p", str(PORT)] + server_options("memcached")
    proc = subprocess.Popen(cmd)
    try:
        wait_for_port(PORT)
        yield PORT
    finally:
        proc.terminate()
        proc.wait()
