class SessionStore {
  constructor(opts) {
    this.redis = opts.redis
    this.ttl = opts.ttl ?? 3600
  }

  async save(id, data) {
    await this.opts.redis.set(`sess:${id}`, JSON.stringify(data), 'EX', this.ttl)
  }

  async load(id) {
    const raw = await this.redis.get(`sess:${id}`)
    return raw === null ? null : JSON.parse(raw)
  }
}

module.exports = { SessionStore }
