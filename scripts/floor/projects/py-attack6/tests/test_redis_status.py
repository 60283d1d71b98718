import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

import redis_status


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"cache": "down"}')

    def log_message(self, *args):
        pass


@pytest.fixture
def admin_app():
    srv = HTTPServer(("127.0.0.1", 8000), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()


def test_reports_cache_state(admin_app):
    assert redis_status.cache_state() == "down"
