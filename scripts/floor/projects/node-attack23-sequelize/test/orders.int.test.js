const { sequelize, Order } = require('../src/db')
afterAll(() => sequelize.close())
test('stores an order', async () => {
  await sequelize.sync()
  const o = await Order.create({ total: 10 })
  expect(Number(o.total)).toBe(10)
})
