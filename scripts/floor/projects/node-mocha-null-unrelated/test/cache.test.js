const assert = require('node:assert')
const Redis = require('ioredis')

describe('cache', () => {
  let redis
  before(async () => {
    redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, retryStrategy: () => null })
    await new Promise((resolve, reject) => {
      redis.once('ready', resolve)
      redis.once('error', reject)
      redis.connect().catch(() => {})
    })
  })
  it('stores a value', async () => {
    await redis.set('k', 'v')
    assert.strictEqual(await redis.get('k'), 'v')
  })
})
