'use strict'
// Keeps login sessions in Redis. Reads refresh a session's time to live later, in one go
// (refreshTouched()), so a page view costs one round trip; a refresh that fails is logged, not
// thrown: the session then only expires an hour early. The store owns the connection it is given.
const TTL = 3600

class StoreUnavailableError extends Error {
  constructor (message) {
    super(message)
    this.name = 'StoreUnavailableError'
  }
}

class SessionStore {
  constructor (redis) {
    this.redis = redis
    this.touched = new Set()
    this.open = true
  }

  async save (id, data) {
    this.assertOpen()
    await this.redis.set(`sess:${id}`, JSON.stringify(data), 'EX', TTL)
  }

  async load (id) {
    this.assertOpen()
    this.touched.add(id)
    const raw = await this.redis.get(`sess:${id}`)
    return raw === null ? null : JSON.parse(raw)
  }

  async refreshTouched () {
    const ids = [...this.touched]
    this.touched.clear()
    try {
      await Promise.all(ids.map(id => this.redis.expire(`sess:${id}`, TTL)))
    } catch (err) {
      console.error('session ttl refresh failed:', err.message)
    }
  }

  async destroy (...ids) {
    this.assertOpen()
    await this.redis.del(ids.map(id => `sess:${id}`))
  }

  async close () {
    await this.refreshTouched()
    this.open = false
    await this.redis.quit()
  }

  assertOpen () {
    if (!this.open) throw new StoreUnavailableError('session store is closed')
  }
}

module.exports = { SessionStore, StoreUnavailableError }
