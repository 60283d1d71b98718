import redis

import settings


def redis_ok():
    return redis.Redis(**settings.REDIS).ping()
