import os
import redis


def client():
    return redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def remember_cart(cart_id, total):
    client().set(f"cart:{cart_id}:total", total)


def cart_total(cart_id):
    value = client().get(f"cart:{cart_id}:total")
    return None if value is None else int(value)
