# Connection settings for the CI job's memcached service.
MEMCACHED = ("127.0.0.1", 11211)
