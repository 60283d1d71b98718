import pymysql
import redis

import settings


def connect():
    return pymysql.connect(**settings.DATABASE)


def cache():
    return redis.Redis(**settings.CACHE)


def save_order(order_id, total):
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO orders (id, total) VALUES (%s, %s)", (order_id, total))
        conn.commit()
    finally:
        conn.close()


def remember_total(order_id, total):
    cache().set(f"order:{order_id}:total", total)
    return float(cache().get(f"order:{order_id}:total"))
