import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import pg from 'pg'
describe('orders repository', () => {
  let pool
  beforeAll(() => { pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'orders' }) })
  afterAll(async () => { await pool.end() })
  describe('insert', () => {
    it('stores an order', async () => {
      const { rows } = await pool.query('INSERT INTO orders(total) VALUES ($1) RETURNING id', [12])
      expect(rows).toHaveLength(1)
    })
  })
  it('counts orders', async () => {
    const { rows } = await pool.query('SELECT count(*) FROM orders')
    expect(Number(rows[0].count)).toBeGreaterThanOrEqual(0)
  })
})
