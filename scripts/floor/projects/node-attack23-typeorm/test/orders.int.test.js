const { AppDataSource } = require('../src/data-source')
const { totalOf } = require('../src/orders')

beforeAll(() => AppDataSource.initialize())
afterAll(() => AppDataSource.isInitialized && AppDataSource.destroy())

test('reads an order total from the database', async () => {
  expect(await totalOf(1)).toBe(10)
})
