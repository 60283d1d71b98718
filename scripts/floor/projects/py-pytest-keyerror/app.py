import socket

CONFIG = {"cache_host": "127.0.0.1", "cache_port": 6379}


def cache():
    return socket.create_connection((CONFIG["cache_host"], CONFIG["cache_port"]), timeout=2)


def greeting(user):
    # The bug: the key is "name", not "first_name".
    return "Hello, " + user["first_name"]
