class FakeRedis {
  constructor() { this.data = new Map() }
  async set(key, value) { this.data.set(key, value); return 'OK' }
  async get(key) { return this.data.has(key) ? this.data.get(key) : null }
  disconnect() {}
}
module.exports = { FakeRedis }
