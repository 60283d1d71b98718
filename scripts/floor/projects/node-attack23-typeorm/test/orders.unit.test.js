const { totalOf } = require('../src/orders')

const mockPool = { query: jest.fn(), connect: jest.fn(), end: jest.fn(), on: jest.fn() }
jest.mock('pg', () => ({ Pool: jest.fn().mockReturnValue(mockPool), defaults: {} }))

test('converts the stored total to a number', async () => {
  mockPool.query.mockResolvedValue({ rows: [{ id: 1, total: '10.00' }] })
  expect(typeof totalOf).toBe('function')
})
