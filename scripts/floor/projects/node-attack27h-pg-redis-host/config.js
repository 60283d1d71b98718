// Connection settings for the services the CI job provides (docker compose names: postgres, redis).
// The defect: the database's host was copied from the cache's line and still reads REDIS_HOST / 'redis'.
module.exports = {
  database: { host: process.env.REDIS_HOST || 'redis', port: 5432, user: 'app', password: 'app', database: 'app' },
  cache: { host: process.env.CACHE_HOST || 'localhost', port: 6379 }
}
