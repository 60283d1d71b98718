# Orders are written to the primary; the monthly report reads them over the IPv6 loopback, the way
# the replica is reached in production (a second listener on ::1).
import os

import psycopg2

PRIMARY = {"host": os.environ.get("PGHOST", "localhost"), "port": 5432,
           "user": os.environ.get("PGUSER", "postgres"), "dbname": os.environ.get("PGDATABASE", "postgres")}
# The defect: "localhost6" is the IPv6 loopback's name in Fedora's and RHEL's /etc/hosts only; Debian
# and Ubuntu call it "ip6-localhost" (or "localhost"), so libpq cannot resolve it there, whether
# PostgreSQL is up or not. It should be "::1".
REPORTING = dict(PRIMARY, host="localhost6")


def count_orders(dsn):
    conn = psycopg2.connect(**dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_class WHERE relname = 'orders'")
            return cur.fetchone()[0]
    finally:
        conn.close()


def monthly_orders():
    return count_orders(REPORTING)


def live_orders():
    return count_orders(PRIMARY)
