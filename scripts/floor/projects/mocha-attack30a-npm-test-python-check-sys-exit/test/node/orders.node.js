const { describe, it } = require('node:test')
const assert = require('node:assert')
const { price } = require('../../src/stock')
const { audit } = require('../../src/audit')

describe('price', function () {
  it('multiplies by the quantity', function () {
    assert.strictEqual(price('apple', 2), 240)
  })
})

describe('audit', function () {
  it('never fails an order', async function () {
    assert.strictEqual(typeof await audit({ type: 'priced', sku: 'apple', qty: 2 }), 'boolean')
  })
})
