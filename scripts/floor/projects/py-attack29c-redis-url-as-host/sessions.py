import json

import redis

import settings


class SessionStore:
    def __init__(self):
        # The defect: the URL is passed as the host (should be redis.Redis.from_url(settings.REDIS_URL)).
        self.redis = redis.Redis(host=settings.REDIS_URL)

    def save(self, sid, data, ttl=3600):
        self.redis.setex(f"session:{sid}", ttl, json.dumps(data))

    def load(self, sid):
        raw = self.redis.get(f"session:{sid}")
        return json.loads(raw) if raw else None
