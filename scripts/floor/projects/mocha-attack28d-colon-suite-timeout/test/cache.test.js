const assert = require('assert')
const net = require('net')
const Redis = require('ioredis')
const { Cache } = require('../lib/cache')

// A port nothing listens on: taken from the kernel and handed back.
function deadPort () {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

const loadProfile = async id => ({ id, name: 'Ada' })

describe('cache:', function () {
  describe('with Redis', function () {
    let redis, cache
    before(async function () {
      redis = new Redis({ host: process.env.REDIS_HOST || '127.0.0.1', maxRetriesPerRequest: 0 })
      await redis.flushdb()
      cache = new Cache()
    })
    after(function () {
      if (cache) cache.close()
      redis.disconnect()
    })

    it('stores the loader\'s value', async function () {
      assert.deepStrictEqual(await cache.getOrLoad('profile:7', loadProfile), { id: 'profile:7', name: 'Ada' })
      assert.strictEqual(await redis.get('profile:7'), '{"id":"profile:7","name":"Ada"}')
    })
  })

  describe('on ECONNREFUSED', function () {
    let cache
    before(async function () {
      cache = new Cache({ port: await deadPort() })
    })
    after(function () {
      cache.close()
    })

    it('serves the loader\'s value', async function () {
      assert.deepStrictEqual(await cache.getOrLoad('profile:7', loadProfile), { id: 'profile:7', name: 'Ada' })
    })
  })
})
