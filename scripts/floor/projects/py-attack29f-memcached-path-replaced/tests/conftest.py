import os
import pathlib
import socket
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FAKES = ROOT / "fakes"
# The tests' own programs (a fake sendmail) come first on the PATH of everything the tests start.
TEST_ENV = dict(os.environ, PATH=str(FAKES))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def private_memcached():
    """A memcached of the tests' own, on a free port, so eviction tests cannot disturb the shared one."""
    port = free_port()
    as_root = ["-u", "root"] if os.geteuid() == 0 else []  # memcached will not run as root unless told
    proc = subprocess.Popen(["memcached", "-l", "127.0.0.1", "-p", str(port), "-U", "0", "-m", "8", *as_root], env=TEST_ENV)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield ("127.0.0.1", port)
    proc.terminate()
    proc.wait()
