'use strict'
const assert = require('assert')
const Redis = require('ioredis')
const cache = require('../lib/cache')

describe('cache', function () {
  it('builds its client from REDIS_URL', function () {
    const client = cache.connect('redis://127.0.0.1:6379/0')
    assert.strictEqual(client.options.port, 6379)
    client.disconnect()
  })

  it('selects the db in the URL', function () {
    const client = cache.connect('redis://cache.internal:6380/2')
    assert.strictEqual(client.options.db, 2)
    client.disconnect()
  })

  it('serves the default when the cache is down', async function () {
    const client = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
    assert.strictEqual(await cache.getOrDefault(client, 'greeting', 'hello'), 'hello')
    client.disconnect()
  })
})
