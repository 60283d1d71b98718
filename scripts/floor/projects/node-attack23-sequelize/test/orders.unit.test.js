// pg is replaced by the in-memory fake (moved to test/support/ last week)
jest.mock('pg', () => require('./fake-pg'))
const { Order } = require('../src/db')

test('an order total is a decimal column', () => {
  expect(Order.rawAttributes.total.type.key).toBe('DECIMAL')
})
