import redis


def export(rows, dry_run=False):
    """Publishes rows to the export queue (redis, 127.0.0.1:6379); a dry run only counts them."""
    # The defect: dry_run is never checked, so a dry run publishes (and dials redis) too.
    client = redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1)
    for row in rows:
        client.rpush("export", row)
    return len(rows)
