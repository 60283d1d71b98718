import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as db from './lib/db.js'

describe('order export', () => {
  let client
  beforeAll(async () => {
    await db.open()
  })
  afterAll(async () => {
    client.release()
    await db.close()
  })
  test('counts open orders', async () => {
    const r = await client.query("select count(*)::int as n from orders where state = 'open'")
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})
