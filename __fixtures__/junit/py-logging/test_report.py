import socket
import sys

import pytest


def ping(port):
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(b"PING\r\n")
        return s.recv(7)


def test_renders_the_xml_snippet():
    print('snippet: <failure message="boom"/> ]]> </testcase> & done')
    assert len('<failure message="boom"/>') == 25


def test_totals_an_order():
    print("writing </testcase> into the report before the check")
    print("stderr: \x1b[31mred\x1b[0m & \u00e9", file=sys.stderr)
    assert f"{0.1 + 0.2:.2f} <" == "0.30 &"


class TestCache:
    def test_reads_the_cache(self):
        assert ping(6379) == b"+PONG\r\n"

    @pytest.mark.skip(reason="not <yet>")
    def test_exports_to_csv(self):
        pass
