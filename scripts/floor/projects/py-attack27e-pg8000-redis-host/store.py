import pg8000.native
import redis

import settings


def connect():
    return pg8000.native.Connection(**settings.DATABASE)


def cache():
    return redis.Redis(**settings.CACHE)


def save_order(order_id, total):
    conn = connect()
    try:
        conn.run("INSERT INTO orders (id, total) VALUES (:id, :total)", id=order_id, total=total)
    finally:
        conn.close()


def remember_total(order_id, total):
    cache().set(f"order:{order_id}:total", total)
    return float(cache().get(f"order:{order_id}:total"))
