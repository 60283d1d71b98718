const Redis = require('ioredis')
const { SessionStore } = require('./session-store')
const { FakeRedis } = require('./fake-redis')

const backends = [
  () => new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 1 }),
  () => new FakeRedis()
]

describe.each(backends)('SessionStore', (makeRedis) => {
  let redis
  let store

  beforeEach(async () => {
    redis = makeRedis()
    if (redis.ping) await redis.ping()
    store = new SessionStore({ redis, ttl: 60 })
  })

  afterEach(() => redis.disconnect())

  it('saves and loads a session', async () => {
    await store.save('abc', { user: 42 })
    expect(await store.load('abc')).toEqual({ user: 42 })
  })

  it('returns null for an unknown session', async () => {
    expect(await store.load('nope')).toBeNull()
  })
})
