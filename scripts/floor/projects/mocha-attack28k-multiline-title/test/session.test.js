const assert = require('assert')
const Redis = require('ioredis')

// Sessions live in the CI job's Redis service (127.0.0.1:6379).
describe('session store (Redis)', function () {
  let redis
  before(async function () {
    redis = new Redis({ host: process.env.REDIS_HOST || '127.0.0.1', maxRetriesPerRequest: 0 })
    await redis.flushdb()
  })
  after(function () {
    if (redis) redis.disconnect()
  })

  it('keeps a session for its TTL', async function () {
    await redis.set('session:1', 'ada', 'EX', 60)
    assert.ok((await redis.ttl('session:1')) > 0)
  })
})
