// A read-through cache in front of Redis. Redis is optional: when it cannot be reached the
// loader's value is served directly (a command gives up after one reconnection attempt).
const Redis = require('ioredis')

class Cache {
  constructor ({ host = process.env.REDIS_HOST || '127.0.0.1', port = 6379, ttl = 60 } = {}) {
    this.ttl = ttl
    this.redis = new Redis({ host, port, maxRetriesPerRequest: 1 })
    // Connection errors surface on the commands below; the client reconnects by itself.
    this.redis.on('error', () => {})
  }

  getOrLoad (key, loader) {
    return new Promise((resolve, reject) => {
      this.redis.get(key, (err, hit) => {
        if (err) return loader(key)
        if (hit !== null) return resolve(JSON.parse(hit))
        loader(key).then(value => {
          this.redis.set(key, JSON.stringify(value), 'EX', this.ttl).catch(() => {}).then(() => resolve(value))
        }, reject)
      })
    })
  }

  close () {
    this.redis.disconnect()
  }
}

module.exports = { Cache }
