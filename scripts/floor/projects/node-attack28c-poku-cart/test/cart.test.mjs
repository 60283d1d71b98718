import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import mysql from 'mysql2/promise'
import cart from '../src/cart.js'
import orders from '../src/orders.js'

const MYSQL = {
  host: process.env.MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.MYSQL_PORT ?? 3306),
  user: process.env.MYSQL_USER ?? 'root',
  password: process.env.MYSQL_PASSWORD ?? '',
  database: process.env.MYSQL_DATABASE ?? 'test'
}

describe('Cart', async () => {
  await it('stores an order and reads it back', async () => {
    const db = await mysql.createConnection(MYSQL)
    try {
      const store = new orders.OrderStore(db)
      await store.migrate()
      const id = await store.save('ada', [{ priceCents: 1200, qty: 1 }])
      assert.equal((await store.find(id)).customer, 'ada')
    } finally {
      await db.end()
    }
  })

  await it('adds up the line items', () => {
    const items = [{ priceCents: 250, qty: 2 }, { priceCents: 199, qty: 1 }]
    assert.equal(cart.subtotal(items), 699)
  })

  await it('takes a percentage off', () => {
    assert.equal(cart.withDiscount(699, 10), 629)
  })
})
