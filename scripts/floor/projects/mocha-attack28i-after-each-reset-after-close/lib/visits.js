'use strict'
// Counts page visits: hits are kept in memory and written to Redis in one go by flush().
// A counter owns the connection it is given: close() writes what is left, then quits it.
// Losing a few counts is better than failing a page view: a failed write is logged, not thrown.
class VisitCounter {
  constructor (redis) {
    this.redis = redis
    this.pending = new Map()
    this.closed = false
  }

  hit (page) {
    this.pending.set(page, (this.pending.get(page) || 0) + 1)
  }

  async flush () {
    const batch = [...this.pending]
    this.pending.clear()
    try {
      await Promise.all(batch.map(([page, n]) => this.redis.incrby(`visits:${page}`, n)))
    } catch (err) {
      console.error('visit counts lost:', err.message)
    }
  }

  async count (page) {
    return Number((await this.redis.get(`visits:${page}`)) || 0)
  }

  async reset (...pages) {
    if (this.closed) throw new Error('VisitCounter: the Redis connection is closed')
    await this.redis.del(pages.map(page => `visits:${page}`))
  }

  async close () {
    await this.flush()
    this.closed = true
    await this.redis.quit()
  }
}

module.exports = { VisitCounter }
