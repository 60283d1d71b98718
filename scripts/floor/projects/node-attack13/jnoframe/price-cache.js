// An in-process price cache with a TTL; close() stops its sweeper.
class PriceCache {
  constructor ({ ttlMs }) {
    this.ttlMs = ttlMs
    this.entries = new Map()
    this.sweeper = setInterval(() => this.sweep(), ttlMs)
    this.sweeper.unref()
  }
  set (sku, cents) { this.entries.set(sku, { cents, at: Date.now() }) }
  get (sku) { return this.entries.get(sku)?.cents }
  sweep () {
    for (const [sku, e] of this.entries) if (Date.now() - e.at > this.ttlMs) this.entries.delete(sku)
  }
  async close () { clearInterval(this.sweeper) }
}
const cache = new PriceCache({ ttlMs: 60000 })
module.exports = { PriceCache, cache }
