import socket

import redis

import settings

# One pool for the app, with keepalive so idle connections survive the load balancer.
# The defect: socket_type is the address family redis-py hands to getaddrinfo (AF_INET, AF_INET6 or 0),
# not the socket's type; SOCK_STREAM is 1, which is AF_UNIX.
POOL = redis.ConnectionPool(**settings.REDIS, socket_keepalive=True, socket_type=socket.SOCK_STREAM)


def client():
    return redis.Redis(connection_pool=POOL)


def remember_total(order_id, total):
    client().set(f"order:{order_id}:total", total)
    return float(client().get(f"order:{order_id}:total"))
