import redis
from store import store
import cli


def test_store_fallback():
    s = store()
    try:
        s.put("b", 100)
    except redis.exceptions.ConnectionError:
        pass
    assert s.get("b") == 100


def test_cli_sum(capsys):
    cli.main(["100", "50"])
    assert capsys.readouterr().out == "150\n"
