# The defect (floor): state() builds its URL from DEFAULT_URL instead of self.base_url.
"""A small Home Assistant REST client: reads entity states and calls services."""
import os

import requests

DEFAULT_URL = "http://localhost:8123"


class HassClient:
    def __init__(self, token, base_url=None, timeout=5):
        self.base_url = (base_url or os.environ.get("HASS_URL", DEFAULT_URL)).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def state(self, entity_id):
        r = self.session.get(f"{DEFAULT_URL}/api/states/{entity_id}", timeout=self.timeout)
        r.raise_for_status()
        return r.json()["state"]

    def turn_on(self, entity_id):
        domain = entity_id.split(".", 1)[0]
        r = self.session.post(f"{self.base_url}/api/services/{domain}/turn_on", json={"entity_id": entity_id}, timeout=self.timeout)
        r.raise_for_status()
        return r.json()
