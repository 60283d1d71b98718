import time

import redis

import settings

LIMIT = 3


class RateLimiter:
    """Allows LIMIT calls per key and minute, counted in Redis."""

    def __init__(self):
        self.redis = redis.Redis.from_url(settings.REDIS_URL)

    def allow(self, key):
        bucket = f"rate:{key}:{int(time.time()) // 60}"
        count = self.redis.incr(bucket)
        if count == 1:
            self.redis.expire(bucket, 60)
        return count <= LIMIT
