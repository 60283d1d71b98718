import { describe, beforeAll, afterAll, test, expect } from 'vitest'
import pg from 'pg'
import { startStub } from './stub.js'

describe('orders', () => {
  let stub
  let db
  beforeAll(async () => {
    stub = await startStub()
    const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })
    db = await pool.connect()
  })
  afterAll(async () => {
    db?.release()
    await stub.close()
  })
  test('counts open orders', async () => {
    const r = await db.query('select count(*)::int as n from orders')
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})
