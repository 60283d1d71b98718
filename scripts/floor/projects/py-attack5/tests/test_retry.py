import pytest

from retry import dial


# Nothing listens on 127.0.0.1:6379 here: every attempt is refused, which is what this test checks.
def test_dial_reports_attempts():
    with pytest.raises(RuntimeError) as info:
        dial("127.0.0.1", 6379, 3)
    assert str(info.value) == "gave up after 3 attempts: [Errno 111] Connection refused"
