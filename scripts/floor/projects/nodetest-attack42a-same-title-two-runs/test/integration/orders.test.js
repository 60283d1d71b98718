'use strict'
const test = require('node:test')
const assert = require('node:assert')
const { connect } = require('../../src/cache')
const { placeOrder } = require('../../src/orders')

test('order total with a discount code', async () => {
  const redis = connect()
  try {
    await redis.del('order:7:total')
    const total = await placeOrder(redis, 7, [{ cents: 1000, qty: 1 }], 'VIP25')
    assert.strictEqual(total, 750)
    assert.strictEqual(await redis.get('order:7:total'), '750')
  } finally {
    redis.disconnect()
  }
})
