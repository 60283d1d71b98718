import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import pg from 'pg'
import { AuditLog } from './audit.js'

const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })

describe('order export', () => {
  let client
  const audit = new AuditLog(pool)
  beforeAll(async () => {
    client = await pool.connect()
  })
  afterAll(async () => {
    await audit.client.close()
    client?.release()
  })
  test('counts open orders', async () => {
    const r = await client.query("select count(*)::int as n from orders where state = 'open'")
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})
