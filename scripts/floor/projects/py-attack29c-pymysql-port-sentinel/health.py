import pymysql


def mysql_version(host="127.0.0.1", port=3306):
    conn = pymysql.connect(host=host, port=port, user="app", password="app")
    try:
        return conn.get_server_info()
    finally:
        conn.close()
