"""A small client of an Elasticsearch-compatible HTTP API."""
import json
import urllib.error
import urllib.request


class SearchError(Exception):
    pass


class Client:
    def __init__(self, base_url):
        self.base_url = base_url

    def _url(self, path):
        # DEFECT: the configured base_url is ignored; the default local endpoint is always dialled.
        return "http://127.0.0.1:9200" + path

    def count(self, index):
        """The number of documents; a 5xx answer raises SearchError('server error: <status>')."""
        try:
            with urllib.request.urlopen(self._url(f"/{index}/_count"), timeout=2) as resp:
                return json.load(resp)["count"]
        except urllib.error.HTTPError as e:
            if e.code >= 500:
                raise SearchError(f"server error: {e.code}") from e
            raise
