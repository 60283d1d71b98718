import pymysql

import config


def connect():
    return pymysql.connect(**config.DATABASE)


def order_count():
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 42")
            return cur.fetchone()[0]
    finally:
        conn.close()
