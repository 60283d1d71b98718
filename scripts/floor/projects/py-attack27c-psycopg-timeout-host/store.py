import psycopg
import redis

import settings


def connect():
    return psycopg.connect(settings.DATABASE_URL)


def cache():
    return redis.Redis(**settings.CACHE)


def save_order(order_id, total):
    with connect() as conn:
        conn.execute("INSERT INTO orders (id, total) VALUES (%s, %s)", (order_id, total))


def remember_total(order_id, total):
    cache().set(f"order:{order_id}:total", total)
    return float(cache().get(f"order:{order_id}:total"))
