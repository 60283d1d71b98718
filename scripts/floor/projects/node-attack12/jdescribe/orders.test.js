const { Pool } = require('pg')
const { ReportClient } = require('./report-client')

describe('orders', () => {
  let db
  beforeAll(async () => {
    const pool = new Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })
    db = await pool.connect()
  })
  test('counts open orders', async () => {
    const r = await db.query('select count(*)::int as n from orders')
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})

describe('report formatting', () => {
  let client
  beforeAll(() => {
    this.client = new ReportClient({ currency: 'EUR' })
  })
  afterAll(async () => {
    await client.close()
  })
  test('formats a total', () => {
    expect(new ReportClient({ currency: 'EUR' }).format(1234.5)).toBe('1234.50 EUR')
  })
})
