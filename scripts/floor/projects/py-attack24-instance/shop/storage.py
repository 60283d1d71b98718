import socket
from shop.errors import AccessDenied

def fetch_object(user, key, host="127.0.0.1", port=6379):
    """Return the object, or the error that stopped it (callers log it)."""
    if user.get("role") == "guest " :  # BUG: trailing space, guests are never denied
        return AccessDenied(key)
    try:
        s = socket.create_connection((host, port), timeout=1)
    except OSError as err:
        return err
    s.close()
    return b"data"
