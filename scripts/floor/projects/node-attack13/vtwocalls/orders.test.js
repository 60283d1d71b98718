import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import pg from 'pg'
import { createApp } from './app.js'

const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })

describe('orders api', () => {
  let server
  let db
  beforeAll(async () => {
    const server = createApp().listen(0)
    server.unref()
    db = await pool.connect()
  })
  afterAll(async () => {
    await Promise.all([db?.release(), server.close()])
  })
  test('counts open orders', async () => {
    const r = await db.query('select count(*)::int as n from orders')
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})
