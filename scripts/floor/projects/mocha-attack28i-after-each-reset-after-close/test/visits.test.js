'use strict'
const assert = require('node:assert')
const Redis = require('ioredis')
const { VisitCounter } = require('../lib/visits')

describe('VisitCounter', function () {
  let redis, counter

  beforeEach(function () {
    redis = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 1 })
    redis.on('error', err => console.error('redis:', err.message))
    counter = new VisitCounter(redis)
  })

  afterEach(async function () {
    await counter.close()
    await counter.reset('home', 'about')
  })

  it('keeps hits in memory until flushed', async function () {
    counter.hit('about')
    assert.strictEqual(await counter.count('about'), 0)
  })

  it('counts a flushed visit', async function () {
    counter.hit('home')
    await counter.flush()
    assert.strictEqual(await counter.count('home'), 1)
  })
})
