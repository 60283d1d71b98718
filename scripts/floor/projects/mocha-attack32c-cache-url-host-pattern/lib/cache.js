'use strict'
// The app's Redis cache: one ioredis client, built from REDIS_URL (redis://host:port/db).
const Redis = require('ioredis')

class CacheConnectionError extends Error {
  constructor (message) {
    super(message)
    this.name = 'CacheConnectionError'
  }
}

const URL_RE = /^redis:\/\/([a-z0-9-]+):(\d{1,5})(?:\/(\d{1,2}))?$/

function connect (url = process.env.REDIS_URL || 'redis://127.0.0.1:6379/0') {
  const m = URL_RE.exec(url)
  if (!m) throw new CacheConnectionError(`cannot connect to redis: REDIS_URL ${url} is not redis://host:port[/db]`)
  return new Redis({ host: m[1], port: Number(m[2]), db: Number(m[3] || 0), lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
}

// Read-through that never fails the request: a cache outage serves the default.
async function getOrDefault (client, key, fallback) {
  try {
    const value = await client.get(key)
    return value === null ? fallback : value
  } catch (err) {
    console.warn(`cache unavailable, serving default: ${err.message}`)
    return fallback
  }
}

module.exports = { connect, getOrDefault, CacheConnectionError }
