const assert = require('node:assert')
const { placeOrder } = require('../src/orders')

describe('orders', function () {
  it('sells the last units', async function () {
    assert.deepStrictEqual(await placeOrder({ apple: 3 }, 'apple', 3), { apple: 0 })
  })

  it('keeps what is left', async function () {
    assert.deepStrictEqual(await placeOrder({ apple: 3, pear: 1 }, 'pear', 0), { apple: 3, pear: 1 })
  })
})
