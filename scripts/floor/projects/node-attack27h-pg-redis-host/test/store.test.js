const assert = require('assert')
const { saveOrder } = require('../store')

describe('orders', function () {
  it('saves an order', async function () {
    await saveOrder(1, 12.5)
    assert.ok(true)
  })
})
