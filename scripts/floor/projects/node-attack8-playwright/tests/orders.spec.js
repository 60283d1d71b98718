const { test, expect } = require('@playwright/test')
const { loadOrders, exportOrders } = require('../orders')

test.describe('orders', () => {
  test('loads orders from the database', async () => {
    const rows = await loadOrders()
    expect(rows.length).toBeGreaterThan(0)
  })
})

test('exports two orders', async () => {
  expect(exportOrders([{ id: 1, total: 3 }, { id: 2, total: 4 }])).toBe('1;3\n2;4')
})
