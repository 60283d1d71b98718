import psycopg2


class Database:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(**dsn)

    def close(self):
        self.conn.close()
