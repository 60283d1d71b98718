import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from hass_client import HassClient

STATES = {"light.kitchen": "on", "switch.heater": "off"}


class FakeHass(BaseHTTPRequestHandler):
    def _reply(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        entity = self.path.rsplit("/", 1)[-1]
        self._reply({"entity_id": entity, "state": STATES[entity]})

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        self._reply([json.loads(self.rfile.read(length))])

    def log_message(self, *args):
        pass


@pytest.fixture
def hass():
    httpd = HTTPServer(("127.0.0.1", 0), FakeHass)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield HassClient("t0ken", base_url=f"http://127.0.0.1:{httpd.server_port}")
    httpd.shutdown()


def test_reads_an_entity_state(hass):
    assert hass.state("light.kitchen") == "on"


def test_turns_an_entity_on(hass):
    assert hass.turn_on("switch.heater") == [{"entity_id": "switch.heater"}]
