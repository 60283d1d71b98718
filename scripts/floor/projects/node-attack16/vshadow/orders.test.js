import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import pg from 'pg'

const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })

describe('order export', () => {
  let client
  beforeAll(async () => {
    const client = await pool.connect()
    await client.query('set search_path to shop')
  })
  afterAll(async () => {
    client.release()
    await pool.end()
  })
  test('counts open orders', async () => {
    const r = await pool.query("select count(*)::int as n from orders where state = 'open'")
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})
