// Connection settings for the services the CI job provides (docker compose names: postgres, redis).
// The defect: the cache's host was copied from the database's line and still reads PGHOST / 'postgres'.
module.exports = {
  database: { host: process.env.PGHOST || 'postgres', port: 5432 },
  cache: { host: process.env.PGHOST || 'postgres', port: 6379, maxRetriesPerRequest: 2 }
}
