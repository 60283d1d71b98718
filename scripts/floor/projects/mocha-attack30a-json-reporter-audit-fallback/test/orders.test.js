const assert = require('node:assert')
const { reserve } = require('../src/stock')
const { audit } = require('../src/audit')

describe('stock', function () {
  it('reserves the last units', function () {
    assert.deepStrictEqual(reserve({ apple: 3 }, 'apple', 3), { apple: 0 })
  })

  it('keeps what is left', function () {
    assert.deepStrictEqual(reserve({ apple: 3, pear: 1 }, 'apple', 1), { apple: 2, pear: 1 })
  })
})

describe('audit', function () {
  it('never fails an order', async function () {
    assert.strictEqual(typeof await audit({ type: 'reserved', sku: 'apple', qty: 3 }), 'boolean')
  })
})
