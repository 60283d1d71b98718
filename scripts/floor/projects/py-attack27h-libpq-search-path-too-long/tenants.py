# One schema per tenant; a report reads across every tenant's tables through search_path.
import os

import psycopg2

DSN = {"host": os.environ.get("PGHOST", "localhost"), "port": int(os.environ.get("PGPORT", "5432")),
       "user": os.environ.get("PGUSER", "postgres"), "dbname": os.environ.get("PGDATABASE", "postgres")}


def tenant_schemas(count):
    return ["tenant_%04d" % i for i in range(count)]


def connect_across(schemas):
    # The defect: every tenant's schema goes into the startup packet's options (search_path), which
    # for a few hundred tenants is longer than the server accepts (10000 bytes); it should be SET
    # after connecting, or read per tenant.
    return psycopg2.connect(**DSN, options="-c search_path=" + ",".join(schemas))


def count_tenants(count):
    conn = connect_across(tenant_schemas(count))
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT array_length(current_schemas(false), 1)")
            return cur.fetchone()[0] or 0
    finally:
        conn.close()
