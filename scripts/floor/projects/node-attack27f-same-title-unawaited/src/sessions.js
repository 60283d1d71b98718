'use strict'
// Sessions: kept in postgres, with a short-lived in-process cache in front.

class SessionStore {
  constructor ({ db, ttlMs = 60_000, now = Date.now } = {}) {
    this.db = db
    this.ttlMs = ttlMs
    this.now = now
    this.hot = new Map()
  }

  cache (id, data) {
    this.hot.set(id, { data, until: this.now() + this.ttlMs })
  }

  cached (id) {
    const entry = this.hot.get(id)
    if (!entry) return undefined
    if (entry.until <= this.now()) {
      this.hot.delete(id)
      return undefined
    }
    return entry.data
  }

  async save (id, data) {
    await this.db.query(
      'insert into sessions (id, data) values ($1, $2) on conflict (id) do update set data = excluded.data',
      [id, JSON.stringify(data)]
    )
    this.cache(id, data)
  }

  async load (id) {
    const hit = this.cached(id)
    if (hit !== undefined) return hit
    const { rows } = await this.db.query('select data from sessions where id = $1', [id])
    if (rows.length === 0) return undefined
    const data = JSON.parse(rows[0].data)
    this.cache(id, data)
    return data
  }
}

module.exports = { SessionStore }
