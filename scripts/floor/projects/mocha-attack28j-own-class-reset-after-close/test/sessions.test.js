'use strict'
const assert = require('node:assert')
const Redis = require('ioredis')
const { SessionStore } = require('../lib/sessions')

describe('SessionStore', function () {
  let redis, store

  beforeEach(function () {
    redis = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 1 })
    redis.on('error', err => console.error('redis:', err.message))
    store = new SessionStore(redis)
  })

  afterEach(async function () {
    await store.close()
    await store.destroy('alice', 'bob')
  })

  it('returns null for an unknown session', async function () {
    assert.strictEqual(await store.load('bob'), null)
  })

  it('loads what it saved', async function () {
    await store.save('alice', { user: 1 })
    assert.deepStrictEqual(await store.load('alice'), { user: 1 })
  })
})
