class AccessDenied(Exception):
    """Raised when a user may not read an object."""
