import psycopg2
import redis

import settings


def connect():
    return psycopg2.connect(**settings.DATABASE)


def cache():
    return redis.Redis(**settings.CACHE)


def save_order(order_id, total):
    conn = connect()
    try:
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO orders (id, total) VALUES (%s, %s)", (order_id, total))
    finally:
        conn.close()


def remember_total(order_id, total):
    cache().set(f"order:{order_id}:total", total)
    return float(cache().get(f"order:{order_id}:total"))
