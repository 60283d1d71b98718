import os


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_int(name, default=-1):
    """An integer setting from the environment; `default` when unset (-1: no value)."""
    value = os.environ.get(name)
    return int(value) if value else default


# The CI job's MySQL service. The defect: MYSQL_PORT has no default here, so an unset variable gives
# env_int's -1 ("no value") instead of 3306 (should be env_int("MYSQL_PORT", 3306)).
DATABASE = {
    "host": env_str("MYSQL_HOST", "localhost"),
    "port": env_int("MYSQL_PORT"),
    "user": env_str("MYSQL_USER", "app"),
    "password": env_str("MYSQL_PASSWORD", "app"),
}
POOL_SIZE = env_int("MYSQL_POOL_SIZE", 5)
