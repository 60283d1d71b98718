import psycopg2


def ping():
    conn = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres", connect_timeout=2)
    try:
        with conn.cursor() as cur:
            cur.execute("select 1")
            return cur.fetchone()[0]
    finally:
        conn.close()
