'use strict'
const { countOrders } = require('../../lib/orders')
describe('orders', () => {
  test('counts the orders table', async () => {
    expect(await countOrders()).toBeGreaterThanOrEqual(0)
  })
})
